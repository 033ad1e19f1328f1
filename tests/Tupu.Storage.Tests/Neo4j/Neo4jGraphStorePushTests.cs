using Tupu.Storage.Tests.Support;
using Tupu.Domain;
using Tupu.Domain.Graph;
using Tupu.Storage.Neo4j;
using Xunit;

namespace Tupu.Storage.Tests.Neo4j;

public sealed class Neo4jGraphStorePushTests
{
    [Fact]
    public async Task Nodes_then_relationships_are_pushed_in_batches_one_transaction_each()
    {
        var nodes = Enumerable.Range(0, 5).Select(i => Node($"company/c{i}", "Company"))
            .Concat(Enumerable.Range(0, 3).Select(i => Node($"model/m{i}", "Model")))
            .Append(Node("a-1", "Article"))
            .ToList();
        var relationships = Enumerable.Range(0, 3)
            .Select(i => new GraphRelationship($"r-{i}", "USES", Ref("company/c0", "Company"), Ref($"model/m{i}", "Model"), Props(("certainty", "asserted"))))
            .Append(new GraphRelationship("r-m", "MENTIONS", Ref("a-1", "Article"), Ref("company/c1", "Company"), Props()))
            .ToList();
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var progress = new List<int>();

        var result = await store.PushAsync(new InMemoryGraphStore(nodes, relationships), 2, new SyncProgress(progress), CancellationToken.None);

        Assert.Equal((9L, 4L), (result.Nodes, result.Relationships));
        Assert.All(driver.Transactions, t => Assert.Equal("write", t.Mode));
        Assert.All(driver.Transactions, t => Assert.Single(driver.Queries, q => q.Transaction == t));
        Assert.Equal(result.Transactions, driver.Transactions.Count);
        Assert.Equal([2, 2, 1], driver.Named("push.node.Company").Select(q => q.Rows.Count));
        Assert.Equal([2, 1], driver.Named("push.node.Model").Select(q => q.Rows.Count));
        Assert.Equal([2, 1], driver.Named("push.relationship.USES.Company.Model").Select(q => q.Rows.Count));
        Assert.Single(driver.Named("push.relationship.MENTIONS.Article.Company"));
        var lastNode = driver.Queries.FindLastIndex(q => q.Text.Contains("MERGE (n:", StringComparison.Ordinal));
        var firstRelationship = driver.Queries.FindIndex(q => q.Text.Contains("MERGE (s)-[r:", StringComparison.Ordinal));
        Assert.True(lastNode < firstRelationship);
        Assert.Equal(13, progress[^1]);
        Assert.Equal(progress.Order(), progress);
    }

    [Fact]
    public async Task Rows_carry_id_endpoints_and_non_null_properties_as_plain_values()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var rel = new GraphRelationship("r-1", "WORKS_FOR", Ref("person/p", "Person"), Ref("company/c", "Company"),
            Props(("role", "CEO"), ("current", false), ("support", 2), ("confidence", 0.75f), ("firstSeen", new DateOnly(2024, 2, 29)), ("missing", null), ("offsets", new[] { "a:1-2" })));

        await store.PushAsync(new InMemoryGraphStore([], [rel]), 10, null, CancellationToken.None);

        var row = Assert.Single(Assert.Single(driver.Named("push.relationship.WORKS_FOR.Person.Company")).Rows);
        Assert.Equal(("r-1", "person/p", "company/c"), (row["id"], row["start"], row["end"]));
        var p = (IReadOnlyDictionary<string, object?>)row["properties"]!;
        Assert.Equal("CEO", p["role"]);
        Assert.Equal(false, p["current"]);
        Assert.Equal(2L, p["support"]);
        Assert.Equal(0.75, p["confidence"]);
        Assert.Equal("2024-02-29", p["firstSeen"]);
        Assert.Equal("r-1", p["id"]);
        Assert.False(p.ContainsKey("missing"));
        Assert.Equal(new object?[] { "a:1-2" }, (IEnumerable<object?>)p["offsets"]!);
    }

    [Fact]
    public async Task A_relationship_between_labels_the_schema_does_not_join_is_refused()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var rel = new GraphRelationship("r-1", "USES", Ref("model/m", "Model"), Ref("company/c", "Company"), Props());

        var error = await Assert.ThrowsAsync<TupuException>(() => store.PushAsync(new InMemoryGraphStore([], [rel]), 10, null, CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidEndpoint, error.Code);
        Assert.Empty(driver.Queries);
    }

    [Fact]
    public async Task Push_counters_are_the_servers_counters_summed()
    {
        var driver = new RecordingDriver { Respond = _ => ScriptedResult.Counting(new FakeCounters(NodesCreated: 2, PropertiesSet: 5)) };
        await using var store = new Neo4jGraphStore(driver);

        var result = await store.PushAsync(new InMemoryGraphStore([Node("company/a", "Company"), Node("company/b", "Company"), Node("a-1", "Article")], []), 2, null, CancellationToken.None);

        Assert.Equal(2, result.Transactions);
        Assert.Equal(new Neo4jCounters(NodesCreated: 4, PropertiesSet: 10), result.Counters);
        Assert.Equal(result.Counters, store.Counters);
    }

    [Fact]
    public async Task A_non_positive_batch_size_is_refused()
    {
        await using var store = new Neo4jGraphStore(new RecordingDriver());

        var error = await Assert.ThrowsAsync<TupuException>(() => store.PushAsync(new InMemoryGraphStore([], []), 0, null, CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidArgument, error.Code);
    }

    private static GraphNode Node(string id, string label) => new(id, [label], Props(("id", id), ("name", id)));

    private static GraphNodeRef Ref(string id, string label) => new(id, [label]);

    private static Dictionary<string, object?> Props(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    /// <summary>Progress that records synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(List<int> into) : IProgress<int>
    {
        public void Report(int value) => into.Add(value);
    }
}
