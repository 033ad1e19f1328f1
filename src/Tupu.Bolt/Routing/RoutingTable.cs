using Tupu.Bolt.Pooling;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Routing;

/// <summary>
/// Which cluster members route, read and write for one database, valid until <see cref="ExpiresAt"/> (the server's ttl).
/// Immutable: forgetting a server makes a new table.
/// </summary>
internal sealed record RoutingTable(
    string? Database,
    IReadOnlyList<ServerAddress> Routers,
    IReadOnlyList<ServerAddress> Readers,
    IReadOnlyList<ServerAddress> Writers,
    DateTimeOffset ExpiresAt)
{
    /// <summary>Reads the "rt" map of ROUTE's SUCCESS: {ttl, db, servers: [{addresses, role}]}.</summary>
    public static RoutingTable FromRouteResponse(IReadOnlyDictionary<string, object?> rt, DateTimeOffset now)
    {
        if (rt.GetValueOrDefault("ttl") is not long ttl || rt.GetValueOrDefault("servers") is not List<object?> servers)
        {
            throw new ProtocolException("The routing table lacks ttl or servers.");
        }

        var byRole = new Dictionary<string, List<ServerAddress>>(StringComparer.Ordinal) { ["ROUTE"] = [], ["READ"] = [], ["WRITE"] = [] };
        foreach (var server in servers)
        {
            if (server is not Dictionary<string, object?> entry || entry.GetValueOrDefault("role") is not string role
                || entry.GetValueOrDefault("addresses") is not List<object?> addresses)
            {
                throw new ProtocolException("A routing table entry lacks role or addresses.");
            }

            if (byRole.TryGetValue(role, out var list))
            {
                list.AddRange(addresses.OfType<string>().Select(ServerAddress.Parse));
            }
        }

        // A ttl of days would pin a stale table; clamp to something sane.
        var lifetime = TimeSpan.FromSeconds(Math.Clamp(ttl, 0, 86_400));
        return new RoutingTable(rt.GetValueOrDefault("db") as string, byRole["ROUTE"], byRole["READ"], byRole["WRITE"], now + lifetime);
    }

    public bool IsStale(DateTimeOffset now, AccessMode mode) =>
        now >= ExpiresAt || Routers.Count == 0 || (mode == AccessMode.Write ? Writers.Count == 0 : Readers.Count == 0);

    public RoutingTable Forget(ServerAddress address) =>
        this with { Routers = Without(Routers, address), Readers = Without(Readers, address), Writers = Without(Writers, address) };

    public RoutingTable ForgetWriter(ServerAddress address) => this with { Writers = Without(Writers, address) };

    private static List<ServerAddress> Without(IReadOnlyList<ServerAddress> list, ServerAddress address) => list.Where(a => a != address).ToList();
}
