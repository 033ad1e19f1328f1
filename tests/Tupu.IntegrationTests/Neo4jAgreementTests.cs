using System.Text.Json;
using Tupu.IntegrationTests.Support;

namespace Tupu.IntegrationTests;

/// <summary>
/// Against a real Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD): the corpus pushed from the embedded store answers
/// the same questions through <c>tupu query</c> as <c>tupu neighbors</c> answers from the store, and a second push
/// changes nothing. Skipped when no server is named.
/// </summary>
public sealed class Neo4jAgreementTests
{
    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["NEO4J_URI"] = System.Environment.GetEnvironmentVariable("NEO4J_URI"),
        ["NEO4J_USERNAME"] = System.Environment.GetEnvironmentVariable("NEO4J_USERNAME"),
        ["NEO4J_PASSWORD"] = System.Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        ["NEO4J_DATABASE"] = System.Environment.GetEnvironmentVariable("NEO4J_DATABASE"),
    };

    [Neo4jFact]
    public async Task The_embedded_store_and_Neo4j_give_the_same_neighbours()
    {
        using var directory = new TempDirectory();
        var store = directory.File("tupu.db");
        Assert.Equal(0, (await CliRun.RunAsync(Environment, "ingest", Repository.Articles, "--store", store, "--quiet")).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(Environment, "schema", "apply")).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(Environment, "push", "--store", store, "--quiet")).ExitCode);
        var second = await CliRun.RunAsync(Environment, "push", "--store", store);
        Assert.Contains("no changes", second.Console, StringComparison.Ordinal);

        var local = await CliRun.RunAsync(Environment, "neighbors", "Nvidia", "--type", "USES,PRAISED,DEVELOPS,BUILT_ON,WORKS_FOR,FOUNDED", "--store", store, "--json");
        var expected = JsonDocument.Parse(local.Out).RootElement.EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();

        var remote = await CliRun.RunAsync(
            Environment,
            "query",
            "MATCH (n {id: $id})-[:USES|PRAISED|DEVELOPS|BUILT_ON|WORKS_FOR|FOUNDED]-(m) RETURN DISTINCT m.id AS id ORDER BY id",
            "--param",
            "id=company/nvidia",
            "--json");
        Assert.Equal(0, remote.ExitCode);
        var actual = remote.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString())
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
    }
}
