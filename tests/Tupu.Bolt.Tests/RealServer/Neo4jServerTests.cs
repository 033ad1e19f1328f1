using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.RealServer;

/// <summary>Against the Neo4j server named by NEO4J_URI; skipped without it.</summary>
public sealed class Neo4jServerTests
{
    [Neo4jFact]
    public async Task Connects_and_returns_1()
    {
        await using var driver = Neo4jServer.Driver();
        await driver.VerifyConnectivityAsync();
        await using var session = driver.AsyncSession(s => s.WithDatabase(Neo4jServer.Database));
        var cursor = await session.RunAsync("RETURN 1 AS one");
        Assert.Equal(1L, Assert.Single(await cursor.ToListAsync())["one"]);
    }

    [Neo4jFact]
    public async Task Writes_in_a_transaction_report_counters_and_a_bookmark()
    {
        var marker = $"tupu-bolt-test-{Guid.NewGuid():N}";
        await using var driver = Neo4jServer.Driver();
        await using var session = driver.AsyncSession(s => s.WithDatabase(Neo4jServer.Database));
        try
        {
            var created = await session.ExecuteWriteAsync(async tx =>
            {
                var cursor = await tx.RunAsync("CREATE (n:TupuBoltTest {marker: $m, at: $at}) RETURN n", new Dictionary<string, object?> { ["m"] = marker, ["at"] = new DateTimeOffset(2024, 4, 6, 12, 0, 0, TimeSpan.FromHours(8)) });
                var node = Assert.IsType<Node>(Assert.Single(await cursor.ToListAsync())["n"]);
                Assert.Equal(["TupuBoltTest"], node.Labels);
                Assert.Equal(new ZonedDateTime(1712376000, 0, 28800), node.Properties["at"]);
                return (await cursor.ConsumeAsync()).Counters;
            });
            Assert.Equal((1, 2, 1), (created.NodesCreated, created.PropertiesSet, created.LabelsAdded));
            Assert.NotEmpty(session.LastBookmarks);

            var again = await session.ExecuteWriteAsync(async tx =>
                (await (await tx.RunAsync("MERGE (n:TupuBoltTest {marker: $m})", new Dictionary<string, object?> { ["m"] = marker })).ConsumeAsync()).Counters);
            Assert.False(again.ContainsUpdates);
        }
        finally
        {
            await session.ExecuteWriteAsync(async tx =>
                await (await tx.RunAsync("MATCH (n:TupuBoltTest {marker: $m}) DELETE n", new Dictionary<string, object?> { ["m"] = marker })).ConsumeAsync());
        }
    }

    [Neo4jFact]
    public async Task Server_errors_arrive_classified_and_the_session_stays_usable()
    {
        await using var driver = Neo4jServer.Driver();
        await using var session = driver.AsyncSession(s => s.WithDatabase(Neo4jServer.Database));
        var ex = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1"));
        Assert.StartsWith("Neo.ClientError.Statement.SyntaxError", ex.Code, StringComparison.Ordinal);
        var cursor = await session.RunAsync("RETURN [1, 'two', 3.0, null, {k: point({x: 1, y: 2})}] AS v");
        var value = (IReadOnlyList<object?>)Assert.Single(await cursor.ToListAsync())["v"]!;
        Assert.Equal(new Point(7203, 1, 2), ((IReadOnlyDictionary<string, object?>)value[4]!)["k"]);
    }
}
