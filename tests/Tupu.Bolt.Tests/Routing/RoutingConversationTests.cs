using Tupu.Bolt.Messages;
using Tupu.Bolt.Pooling;
using Tupu.Bolt.Protocol;
using Tupu.Bolt.Routing;
using Tupu.Bolt.Tests.Support;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Tests.Routing;

/// <summary>neo4j:// against two scripted servers: a router that answers ROUTE, and the writer it names.</summary>
public sealed class RoutingConversationTests
{
    private static Dictionary<string, object?> Table(long ttl, string router, string writer) => new()
    {
        ["rt"] = new Dictionary<string, object?>
        {
            ["ttl"] = ttl,
            ["db"] = "neo4j",
            ["servers"] = new List<object?>
            {
                new Dictionary<string, object?> { ["addresses"] = new[] { writer }, ["role"] = "WRITE" },
                new Dictionary<string, object?> { ["addresses"] = new[] { router }, ["role"] = "READ" },
                new Dictionary<string, object?> { ["addresses"] = new[] { router }, ["role"] = "ROUTE" },
            },
        },
    };

    [Fact]
    public async Task Route_then_write_goes_to_the_writer_of_the_table()
    {
        ClientMessage? hello = null, route = null;
        await using var writer = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Run);
            await c.ExpectAsync(MessageSignature.Pull);
            await c.SuccessAsync(new() { ["fields"] = Array.Empty<string>() });
            await c.SuccessAsync(new() { ["stats"] = new Dictionary<string, object?> { ["nodes-created"] = 1L } });
            await c.ExpectAsync(MessageSignature.Commit);
            await c.SuccessAsync(new() { ["bookmark"] = "bm:w" });
            await c.ExpectGoodbyeOrCloseAsync();
        });
        ScriptedBoltServer? routerServer = null;
        await using var router = routerServer = new ScriptedBoltServer(async c =>
        {
            hello = await c.AcceptHelloAsync();
            route = await c.ExpectAsync(MessageSignature.Route);
            await c.SuccessAsync(Table(300, routerServer!.Address, writer.Address));
            await c.ExpectGoodbyeOrCloseAsync();
        });

        await using (var driver = GraphDatabase.Driver(router.Uri("neo4j") + "?region=eu", TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("neo4j"));
            var created = await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("CREATE (n)")).ConsumeAsync()).Counters.NodesCreated);
            Assert.Equal(1, created);
        }

        await router.VerifyAsync();
        await writer.VerifyAsync();
        var routing = (IReadOnlyDictionary<string, object?>)hello!.MapField(0)["routing"]!;
        Assert.Equal(router.Address, routing["address"]);
        Assert.Equal("eu", routing["region"]);
        Assert.Equal("neo4j", route!.MapField(2)["db"]);
        Assert.Equal(1, writer.AcceptedConnections);
    }

    [Fact]
    public async Task Table_is_fetched_again_when_its_ttl_runs_out()
    {
        var routes = 0;
        ScriptedBoltServer? routerServer = null;
        await using var router = routerServer = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            for (var i = 0; i < 2; i++)
            {
                await c.ExpectAsync(MessageSignature.Route);
                routes++;
                await c.SuccessAsync(Table(60, routerServer!.Address, i == 0 ? "10.0.0.1:7687" : "10.0.0.2:7687"));
            }

            await c.ExpectGoodbyeOrCloseAsync();
        });

        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var uri = BoltUri.Parse(router.Uri("neo4j"));
        await using (var provider = new RoutingConnectionProvider(uri.Address, new ConnectionSettings(TestConfig.Auth, TestConfig.Fast, TlsMode.None, uri.RoutingContext), clock))
        {
            var first = await provider.TableAsync(AccessMode.Write, null, [], CancellationToken.None);
            clock.Advance(TimeSpan.FromSeconds(59));
            Assert.Same(first, await provider.TableAsync(AccessMode.Write, null, [], CancellationToken.None));
            clock.Advance(TimeSpan.FromSeconds(1));
            var second = await provider.TableAsync(AccessMode.Write, null, [], CancellationToken.None);
            Assert.Equal("10.0.0.1:7687", first.Writers.Single().ToString());
            Assert.Equal("10.0.0.2:7687", second.Writers.Single().ToString());
        }

        await router.VerifyAsync();
        Assert.Equal(2, routes);
    }

    [Fact]
    public async Task Not_a_leader_forgets_the_writer_and_retries_with_a_fresh_table()
    {
        await using var newLeader = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Commit);
            await c.SuccessAsync(new());
            await c.ExpectGoodbyeOrCloseAsync();
        });
        await using var oldLeader = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Begin);
            await c.FailureAsync("Neo.ClientError.Cluster.NotALeader", "No write operations are allowed on this database.");
            await c.ExpectAsync(MessageSignature.Reset);
            await c.SuccessAsync(new());
            await c.ExpectGoodbyeOrCloseAsync();
        });
        ScriptedBoltServer? routerServer = null;
        await using var router = routerServer = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Route);
            await c.SuccessAsync(Table(300, routerServer!.Address, oldLeader.Address));
            await c.ExpectAsync(MessageSignature.Route);
            await c.SuccessAsync(Table(300, routerServer!.Address, newLeader.Address));
            await c.ExpectGoodbyeOrCloseAsync();
        });

        var attempts = 0;
        await using (var driver = GraphDatabase.Driver(router.Uri("neo4j"), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            await session.ExecuteWriteAsync(_ => Task.FromResult(++attempts));
        }

        await Task.WhenAll(router.VerifyAsync(), oldLeader.VerifyAsync(), newLeader.VerifyAsync());
        Assert.Equal(1, attempts); // BEGIN failed before the work ran; the second BEGIN went to the new leader
    }
}
