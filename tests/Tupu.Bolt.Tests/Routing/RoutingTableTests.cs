using Tupu.Bolt.Pooling;
using Tupu.Bolt.Routing;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Tests.Routing;

public sealed class RoutingTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, object?> Rt(long ttl, params (string Role, string[] Addresses)[] servers) => new()
    {
        ["ttl"] = ttl,
        ["db"] = "neo4j",
        ["servers"] = servers.Select(s => (object?)new Dictionary<string, object?> { ["role"] = s.Role, ["addresses"] = s.Addresses.Cast<object?>().ToList() }).ToList(),
    };

    [Fact]
    public void Reads_roles_ttl_and_database()
    {
        var table = RoutingTable.FromRouteResponse(Rt(300, ("WRITE", ["w:7687"]), ("READ", ["r1:7687", "r2:7688"]), ("ROUTE", ["[::1]:7687"])), Now);
        Assert.Equal("neo4j", table.Database);
        Assert.Equal([new ServerAddress("w", 7687)], table.Writers);
        Assert.Equal([new ServerAddress("r1", 7687), new ServerAddress("r2", 7688)], table.Readers);
        Assert.Equal(new ServerAddress("::1", 7687), table.Routers.Single());
        Assert.Equal(Now.AddSeconds(300), table.ExpiresAt);
        Assert.False(table.IsStale(Now.AddSeconds(299), AccessMode.Write));
        Assert.True(table.IsStale(Now.AddSeconds(300), AccessMode.Write));
    }

    [Fact]
    public void A_table_without_writers_is_stale_for_writes_only()
    {
        var table = RoutingTable.FromRouteResponse(Rt(300, ("READ", ["r:7687"]), ("ROUTE", ["r:7687"])), Now);
        Assert.True(table.IsStale(Now, AccessMode.Write));
        Assert.False(table.IsStale(Now, AccessMode.Read));
    }

    [Fact]
    public void Forgetting_removes_a_server_from_every_role()
    {
        var table = RoutingTable.FromRouteResponse(Rt(300, ("WRITE", ["a:1"]), ("READ", ["a:1", "b:2"]), ("ROUTE", ["a:1", "b:2"])), Now);
        var forgotten = table.Forget(new ServerAddress("a", 1));
        Assert.Empty(forgotten.Writers);
        Assert.Equal([new ServerAddress("b", 2)], forgotten.Readers);
        Assert.Equal([new ServerAddress("a", 1)], table.ForgetWriter(new ServerAddress("x", 9)).Writers);
        Assert.Empty(table.ForgetWriter(new ServerAddress("a", 1)).Writers);
    }

    [Fact]
    public void Malformed_tables_are_protocol_errors()
    {
        Assert.Throws<ProtocolException>(() => RoutingTable.FromRouteResponse(new Dictionary<string, object?> { ["ttl"] = 1L }, Now));
        Assert.Throws<ProtocolException>(() => RoutingTable.FromRouteResponse(Rt(1, ("WRITE", ["host:notaport"])), Now));
    }
}
