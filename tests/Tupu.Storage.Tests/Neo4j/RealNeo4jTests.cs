using Tupu.Bolt;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Neo4j;
using Tupu.Storage.Schema;
using Tupu.Storage.Tests.Schema;
using Xunit;
using static Tupu.Storage.Tests.Neo4j.Batches;

namespace Tupu.Storage.Tests.Neo4j;

/// <summary>
/// Against the server NEO4J_URI names (skipped without one). Every test writes ids under its own random prefix and
/// deletes them afterwards, so a shared database is left as it was (apart from the schema, which is idempotent).
/// </summary>
[Collection("Real Neo4j")]
public sealed class RealNeo4jTests : IAsyncLifetime
{
    private readonly string prefix = $"test-{Guid.NewGuid():N}/";
    private IDriver driver = null!;
    private Neo4jSettings settings = null!;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            return;
        }

        settings = Neo4jSettings.FromEnvironment(null, null, null, null);
        driver = settings.CreateDriver();
        await driver.VerifyConnectivityAsync();
        await SchemaApplier.ApplyAsync(driver, settings.Database, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (driver is null)
        {
            return;
        }

        await new CypherQueryRunner(driver, settings.Database).RunAsync(
            "MATCH (n) WHERE n.id STARTS WITH $prefix OR n.sourceKey STARTS WITH $prefix DETACH DELETE n",
            new Dictionary<string, object?> { ["prefix"] = prefix });
        await driver.DisposeAsync();
    }

    [Neo4jFact]
    public async Task Applying_the_schema_again_adds_nothing()
    {
        var again = await SchemaApplier.ApplyAsync(driver, settings.Database, CancellationToken.None);

        Assert.Equal(GraphSchema.AllStatements.Count, again.Statements);
        Assert.Equal((0L, 0L), (again.ConstraintsAdded, again.IndexesAdded));
        var constraints = await Query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
        var names = ((IEnumerable<object?>)constraints.Rows[0][0]!).OfType<string>().ToList();
        Assert.Contains("company_id", names);
        Assert.Contains("article_id", names);
    }

    [Neo4jFact]
    public async Task Writing_the_same_batch_twice_changes_nothing_the_second_time()
    {
        await using var store = new Neo4jGraphStore(driver, settings.Database);
        var batch = Prefixed(AlibabaUsesDeepSeek());

        var first = await store.WriteAsync(batch);
        var afterFirst = store.Counters;
        var second = await store.WriteAsync(batch);

        Assert.Equal(WriteOutcome.Inserted, first.Outcome);
        Assert.Equal(3, first.EntitiesCreated);
        Assert.True(afterFirst.NodesCreated >= 4);
        Assert.Equal(WriteOutcome.Unchanged, second.Outcome);
        Assert.Equal(afterFirst, store.Counters);
        Assert.True(await store.IsUnchangedAsync(batch.Article.SourceKey, batch.Article.ContentHash));
    }

    [Neo4jFact]
    public async Task Evidence_from_several_articles_merges_without_duplicates_and_a_changed_article_replaces_its_own()
    {
        await using var store = new Neo4jGraphStore(driver, settings.Database);
        var a1 = Prefixed(Batch(
            [Company("company/alibaba", "Alibaba"), Model("model/qwen", "Qwen")],
            [Claim(RelationType.Uses, "company/alibaba", "model/qwen", 0, "Alibaba may use Qwen.", Certainty.Speculated, 0.4, "a-0000000000000001")],
            "a-0000000000000001",
            "one.md"));
        var a2 = Prefixed(Batch(
            [Company("company/alibaba", "Alibaba", "阿里巴巴"), Model("model/qwen", "Qwen")],
            [Claim(RelationType.Uses, "company/alibaba", "model/qwen", 5, "Alibaba uses Qwen.", Certainty.Asserted, 0.9, "a-0000000000000002")],
            "a-0000000000000002",
            "two.md"));

        await store.WriteAsync(a1);
        await store.WriteAsync(a2);
        var merged = await ReadClaimAsync();

        Assert.Equal("asserted", merged["certainty"]);
        Assert.Equal(2L, merged["support"]);
        Assert.Equal(0.9, merged["confidence"]);
        Assert.Equal(new object?[] { prefix + "a-0000000000000001", prefix + "a-0000000000000002" }, (IEnumerable<object?>)merged["articles"]!);
        var alibaba = (await store.ReadEntitiesAsync()).Single(e => e.Id == prefix + "company/alibaba");
        Assert.Contains("阿里巴巴", alibaba.Aliases);

        var a2Changed = a2 with { Article = a2.Article with { Id = prefix + "a-0000000000000003", ContentHash = "changed" } };
        a2Changed = a2Changed with { Relations = [a2.Relations[0] with { Evidence = a2.Relations[0].Evidence with { ArticleId = prefix + "a-0000000000000003" } }] };
        var replaced = await store.WriteAsync(a2Changed);
        var after = await ReadClaimAsync();

        Assert.Equal(WriteOutcome.Replaced, replaced.Outcome);
        Assert.Equal(new object?[] { prefix + "a-0000000000000001", prefix + "a-0000000000000003" }, (IEnumerable<object?>)after["articles"]!);
        Assert.Equal(2L, after["support"]);
        var articles = await Query("MATCH (a:Article) WHERE a.sourceKey = $key RETURN a.id", new() { ["key"] = prefix + "two.md" });
        Assert.Equal(prefix + "a-0000000000000003", Assert.Single(articles.Rows)[0]);
    }

    [Neo4jFact]
    public async Task Pushing_the_database_onto_itself_reports_zero_changes()
    {
        await using var store = new Neo4jGraphStore(driver, settings.Database);
        await store.WriteAsync(Prefixed(AlibabaUsesDeepSeek()));
        var mine = new PrefixFilter(store, prefix);

        var push = await store.PushAsync(mine, 50, null, CancellationToken.None);

        Assert.True(push.Nodes >= 4);
        Assert.True(push.Relationships >= 4);
        Assert.True(push.Counters.IsZero, push.Counters.ToString());
    }

    [Neo4jFact]
    public async Task Hostile_names_are_stored_as_data()
    {
        await using var store = new Neo4jGraphStore(driver, settings.Database);
        var name = HostileNames.Injection + " `x` 'y' \"z\" \u0001";
        var batch = Prefixed(Batch([new Entity("company/" + name, EntityType.Company, name, name, name, [name], 1, EntitySource.Discovered)]));

        await store.WriteAsync(batch);

        var entity = (await store.ReadEntitiesAsync()).Single(e => e.Id == prefix + "company/" + name);
        Assert.Equal(name, entity.Name);
        Assert.Equal([name], entity.Aliases);
        var count = await Query("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n)", new() { ["prefix"] = prefix });
        Assert.True((long)count.Rows[0][0]! >= 2);
    }

    [Neo4jFact]
    public async Task A_traversal_finds_models_built_on_others_to_any_depth()
    {
        await using var store = new Neo4jGraphStore(driver, settings.Database);
        await store.WriteAsync(Prefixed(Batch(
            [Model("model/a", "A"), Model("model/b", "B"), Model("model/c", "C"), Company("company/x", "X")],
            [
                Claim(RelationType.BuiltOn, "model/a", "model/b", 0, "A is built on B."),
                Claim(RelationType.BuiltOn, "model/b", "model/c", 20, "B is built on C."),
                Claim(RelationType.BuiltOn, "company/x", "model/a", 40, "X builds on A."),
            ])));

        var result = await Query(
            "MATCH chain = (m {id: $id})-[:BUILT_ON*1..]->(base:Model) RETURN base.id AS base, length(chain) AS depth ORDER BY depth",
            new() { ["id"] = prefix + "company/x" });

        Assert.Equal(
            [(prefix + "model/a", 1L), (prefix + "model/b", 2L), (prefix + "model/c", 3L)],
            result.Rows.Select(r => ((string)r[0]!, (long)r[1]!)));
    }

    private async Task<IReadOnlyDictionary<string, object?>> ReadClaimAsync()
    {
        var result = await Query(
            "MATCH (:Company {id: $s})-[r:USES]->(:Model {id: $o}) RETURN properties(r)",
            new() { ["s"] = prefix + "company/alibaba", ["o"] = prefix + "model/qwen" });
        return (IReadOnlyDictionary<string, object?>)Assert.Single(result.Rows)[0]!;
    }

    private Task<CypherQueryResult> Query(string cypher, Dictionary<string, object?>? parameters = null) =>
        new CypherQueryRunner(driver, settings.Database).RunAsync(cypher, parameters);

    /// <summary>The batch with every id and source key under this test's prefix.</summary>
    private GraphBatch Prefixed(GraphBatch batch)
    {
        string P(string id) => prefix + id;
        return batch with
        {
            Article = batch.Article with { Id = P(batch.Article.Id), SourceKey = P(batch.Article.SourceKey) },
            OutletId = batch.OutletId is null ? null : P(batch.OutletId),
            Entities = [.. batch.Entities.Select(e => e with { Id = P(e.Id), FamilyId = e.FamilyId is null ? null : P(e.FamilyId) })],
            MentionedEntityIds = [.. batch.MentionedEntityIds.Select(P)],
            Relations = [.. batch.Relations.Select(r => r with
            {
                SubjectId = P(r.SubjectId),
                ObjectId = P(r.ObjectId),
                Evidence = r.Evidence with { ArticleId = P(batch.Article.Id) },
            })],
        };
    }

    /// <summary>Reads only this test's part of the database.</summary>
    private sealed class PrefixFilter(IGraphStore inner, string prefix) : IGraphStore
    {
        public Task<bool> IsUnchangedAsync(string sourceKey, string contentHash, CancellationToken cancellationToken = default) => inner.IsUnchangedAsync(sourceKey, contentHash, cancellationToken);

        public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) => inner.WriteAsync(batch, cancellationToken);

        public Task<IReadOnlyList<Entity>> ReadEntitiesAsync(CancellationToken cancellationToken = default) => inner.ReadEntitiesAsync(cancellationToken);

        public IAsyncEnumerable<GraphNode> ReadNodesAsync(CancellationToken cancellationToken = default) =>
            inner.ReadNodesAsync(cancellationToken).Where(n => n.Id.StartsWith(prefix, StringComparison.Ordinal));

        public IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default) =>
            inner.ReadRelationshipsAsync(cancellationToken).Where(r => r.Start.Id.StartsWith(prefix, StringComparison.Ordinal));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
