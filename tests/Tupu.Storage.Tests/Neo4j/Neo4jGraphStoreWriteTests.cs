using Tupu.Bolt;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Neo4j;
using Xunit;
using static Tupu.Storage.Tests.Neo4j.Batches;

namespace Tupu.Storage.Tests.Neo4j;

public sealed class Neo4jGraphStoreWriteTests
{
    [Fact]
    public async Task A_new_article_is_written_in_one_write_transaction_of_known_statements()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver, "tupu");

        var result = await store.WriteAsync(AlibabaUsesDeepSeek());

        Assert.Equal(WriteOutcome.Inserted, result.Outcome);
        var transaction = Assert.Single(driver.Transactions);
        Assert.Equal("write", transaction.Mode);
        Assert.True(transaction.Committed);
        Assert.All(driver.Queries, q => Assert.Same(transaction, q.Transaction));
        Assert.Equal(["tupu"], driver.Databases);

        var known = Neo4jStatements.All.ToDictionary(s => s.Text, s => s.Name, StringComparer.Ordinal);
        var names = driver.Queries.Select(q => known[q.Text]).ToList();
        Assert.Equal(
            [
                "article.versions",
                "entity.merge.Company", "entity.merge.MediaOutlet", "entity.merge.Model",
                "article.merge", "article.published",
                "article.mentions.Company", "article.mentions.MediaOutlet", "article.mentions.Model",
                "claim.merge.USES.Company.Model",
            ],
            names);
    }

    [Fact]
    public async Task Entity_rows_carry_the_merge_inputs_as_parameters()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var discovered = new Entity("company/zhipu", EntityType.Company, "Zhipu", null, "智谱", ["智谱", "Zhipu", "智谱", ""], 0.6, EntitySource.Discovered);

        await store.WriteAsync(Batch([discovered]));

        var row = Assert.Single(Assert.Single(driver.Named("entity.merge.Company")).Rows);
        Assert.Equal("company/zhipu", row["id"]);
        Assert.Equal("Zhipu", row["name"]);
        Assert.Null(row["nameEn"]);
        Assert.Equal("智谱", row["nameZh"]);
        Assert.Equal(new object?[] { "Zhipu", "智谱" }, (IEnumerable<object?>)row["aliases"]!);
        Assert.Equal(0.6, row["confidence"]);
        Assert.Equal("discovered", row["source"]);
    }

    [Fact]
    public async Task Relations_with_one_key_become_one_row_with_evidence_in_offset_order()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var batch = Batch(
            [Company("company/alibaba", "Alibaba"), Model("model/qwen", "Qwen")],
            [
                Claim(RelationType.Uses, "company/alibaba", "model/qwen", 50, "Later sentence.", Certainty.Speculated, 0.5),
                Claim(RelationType.Uses, "company/alibaba", "model/qwen", 10, "Earlier sentence.", Certainty.Asserted, 0.8),
                Claim(RelationType.Uses, "company/alibaba", "model/qwen", 10, "Earlier sentence.", Certainty.Asserted, 0.7),
                Claim(RelationType.Uses, "company/alibaba", "model/qwen", 90, "Alibaba does not use Qwen.", Certainty.Negated, 0.9),
            ]);

        var result = await store.WriteAsync(batch);

        var rows = Assert.Single(driver.Named("claim.merge.USES.Company.Model")).Rows;
        Assert.Equal(2, rows.Count);
        var positive = rows.Single(r => (bool)r["negated"]! == false);
        var negated = rows.Single(r => (bool)r["negated"]!);
        Assert.Equal(RelationshipIds.Of(RelationType.Uses, "company/alibaba", "model/qwen"), positive["id"]);
        Assert.Equal(RelationshipIds.Of(RelationType.Uses, "company/alibaba", "model/qwen", negated: true), negated["id"]);
        Assert.Equal(new object?[] { "Earlier sentence.", "Later sentence." }, (IEnumerable<object?>)positive["evidence"]!);
        Assert.Equal(new object?[] { "a-0000000000000001:10-27", "a-0000000000000001:50-65" }, (IEnumerable<object?>)positive["offsets"]!);
        Assert.Equal(new object?[] { "asserted", "speculated" }, (IEnumerable<object?>)positive["certainties"]!);
        Assert.Equal(new object?[] { 0.8, 0.5 }, (IEnumerable<object?>)positive["confidences"]!);
        Assert.Equal(new object?[] { "2025-01-20", "2025-01-20" }, (IEnumerable<object?>)positive["dates"]!);
        Assert.Equal(new object?[] { "", "" }, (IEnumerable<object?>)positive["attributedTo"]!);
        Assert.Equal(new object?[] { "negated" }, (IEnumerable<object?>)negated["certainties"]!);
        // The double reported no relationship created: both keys count as merged into existing ones.
        Assert.Equal((0, 2), (result.RelationshipsCreated, result.RelationshipsMerged));
        Assert.Equal([new TypeCount("USES", 0, 2)], result.ClaimsByType);
    }

    [Fact]
    public async Task Works_for_rows_carry_the_last_stated_role_and_tenure()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var batch = Batch(
            [Person("person/jensen-huang", "Jensen Huang"), Company("company/nvidia", "Nvidia")],
            [
                Claim(RelationType.WorksFor, "person/jensen-huang", "company/nvidia", 0, "Huang, chief executive of Nvidia.", role: "chief executive"),
                Claim(RelationType.WorksFor, "person/jensen-huang", "company/nvidia", 40, "Nvidia CEO Jensen Huang.", role: "CEO", current: true),
            ]);

        await store.WriteAsync(batch);

        var row = Assert.Single(Assert.Single(driver.Named("claim.merge.WORKS_FOR.Person.Company")).Rows);
        Assert.Equal("CEO", row["role"]);
        Assert.Equal(true, row["current"]);
    }

    [Fact]
    public async Task Rows_are_sent_in_batches_of_the_configured_size_inside_the_one_transaction()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver, batchSize: 1000);
        var companies = Enumerable.Range(0, 2500).Select(i => Company($"company/c{i:D4}", $"C{i}")).ToList();

        await store.WriteAsync(Batch(companies));

        var merges = driver.Named("entity.merge.Company").ToList();
        Assert.Equal([1000, 1000, 500], merges.Select(m => m.Rows.Count));
        Assert.Equal(2500, merges.SelectMany(m => m.Rows).Select(r => r["id"]).Distinct().Count());
        Assert.Equal([1000, 1000, 500], driver.Named("article.mentions.Company").Select(m => m.Rows.Count));
        Assert.Single(driver.Transactions);
    }

    [Fact]
    public async Task The_same_article_version_is_reported_unchanged_after_one_read()
    {
        var driver = new RecordingDriver
        {
            Respond = q => q.Text == Neo4jStatements.Get("article.versions").Text
                ? ScriptedResult.Rows(new Dictionary<string, object?> { ["id"] = "a-0000000000000001", ["linked"] = new List<object?>() })
                : ScriptedResult.Empty,
        };
        await using var store = new Neo4jGraphStore(driver);

        var result = await store.WriteAsync(AlibabaUsesDeepSeek());

        Assert.Equal(new WriteResult(WriteOutcome.Unchanged, 0, 0, 0, 0), result);
        var only = Assert.Single(driver.Queries);
        Assert.Equal("corpus/en/alibaba.md", only.Parameters["sourceKey"]);
    }

    [Fact]
    public async Task A_changed_article_retires_the_old_version_then_deletes_what_only_it_linked()
    {
        var driver = new RecordingDriver
        {
            Respond = q => q.Text == Neo4jStatements.Get("article.versions").Text
                ? ScriptedResult.Rows(new Dictionary<string, object?>
                {
                    ["id"] = "a-00000000000000ff",
                    ["linked"] = new List<object?> { "company/alibaba", "model/old-name" },
                })
                : ScriptedResult.Empty,
        };
        await using var store = new Neo4jGraphStore(driver);

        var result = await store.WriteAsync(AlibabaUsesDeepSeek());

        Assert.Equal(WriteOutcome.Replaced, result.Outcome);
        foreach (var name in new[] { "article.retire.evidence", "article.retire.claims", "article.retire.articles" })
        {
            var query = Assert.Single(driver.Named(name));
            Assert.Equal(new object?[] { "a-00000000000000ff" }, (IEnumerable<object?>)query.Parameters["articleIds"]!);
        }

        var names = driver.Queries.Select(q => Neo4jStatements.All.Single(s => s.Text == q.Text).Name).ToList();
        Assert.True(names.IndexOf("article.retire.articles") < names.IndexOf("article.merge"));
        var orphans = driver.Named("entity.deleteOrphans.Model").Single();
        Assert.Equal(new object?[] { "company/alibaba", "model/old-name" }, (IEnumerable<object?>)orphans.Parameters["ids"]!);
        Assert.All(names[^4..], n => Assert.StartsWith("entity.deleteOrphans.", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Counters_add_up_only_for_committed_attempts()
    {
        var attempt = 0;
        var driver = new RecordingDriver
        {
            MaxAttempts = 3,
            Respond = q =>
            {
                if (q.Text == Neo4jStatements.Get("article.versions").Text)
                {
                    attempt++;
                }

                if (q.Text == Neo4jStatements.Get("claim.merge.USES.Company.Model").Text && attempt == 1)
                {
                    return ScriptedResult.Failing(new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
                }

                return ScriptedResult.Counting(new FakeCounters(NodesCreated: 1, RelationshipsCreated: 1, PropertiesSet: 3));
            },
        };
        await using var store = new Neo4jGraphStore(driver);

        var result = await store.WriteAsync(AlibabaUsesDeepSeek());

        Assert.Equal(2, driver.Transactions.Count);
        Assert.True(driver.Transactions[0].RolledBack);
        Assert.True(driver.Transactions[1].Committed);
        var secondAttempt = driver.Queries.Count(q => q.Transaction == driver.Transactions[1]);
        Assert.Equal(secondAttempt, store.Counters.NodesCreated);
        Assert.Equal(3 * secondAttempt, store.Counters.PropertiesSet);
        Assert.Equal(3, result.EntitiesCreated);
    }

    [Fact]
    public async Task Zero_counters_from_the_server_leave_the_store_counters_zero()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);

        await store.WriteAsync(AlibabaUsesDeepSeek());

        Assert.True(store.Counters.IsZero);
        Assert.Equal("no changes", store.Counters.ToString());
    }

    [Fact]
    public async Task A_relation_the_schema_forbids_is_rejected_before_anything_is_sent()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var batch = Batch(
            [Model("model/qwen", "Qwen"), Company("company/alibaba", "Alibaba")],
            [Claim(RelationType.Uses, "model/qwen", "company/alibaba", 0, "Qwen uses Alibaba.")]);

        var error = await Assert.ThrowsAsync<TupuException>(() => store.WriteAsync(batch));

        Assert.Equal(ErrorCode.InvalidEndpoint, error.Code);
        Assert.Empty(driver.Queries);
    }

    [Fact]
    public async Task A_structural_type_as_a_relation_is_rejected()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var batch = Batch(
            [Outlet("outlet/reuters", "Reuters"), Company("company/alibaba", "Alibaba")],
            [Claim(RelationType.Mentions, "outlet/reuters", "company/alibaba", 0, "x")]);

        var error = await Assert.ThrowsAsync<TupuException>(() => store.WriteAsync(batch));

        Assert.Equal(ErrorCode.InvalidEndpoint, error.Code);
        Assert.Empty(driver.Queries);
    }

    [Fact]
    public async Task Entities_from_earlier_articles_are_looked_up_and_unknown_ones_roll_the_article_back()
    {
        var driver = new RecordingDriver
        {
            Respond = q => q.Text == Neo4jStatements.Get("entity.labels").Text
                ? ScriptedResult.Rows(new Dictionary<string, object?> { ["id"] = "model/qwen", ["labels"] = new List<object?> { "Model" } })
                : ScriptedResult.Empty,
        };
        await using var store = new Neo4jGraphStore(driver);
        var known = Batch([Company("company/alibaba", "Alibaba")], [Claim(RelationType.Uses, "company/alibaba", "model/qwen", 0, "Alibaba uses Qwen.")]);
        var unknown = Batch([Company("company/alibaba", "Alibaba")], [Claim(RelationType.Uses, "company/alibaba", "model/nowhere", 0, "Alibaba uses it.")]);

        await store.WriteAsync(known);
        Assert.Single(driver.Named("claim.merge.USES.Company.Model"));
        Assert.Equal(new object?[] { "model/qwen" }, (IEnumerable<object?>)driver.Named("entity.labels").Single().Parameters["ids"]!);

        var error = await Assert.ThrowsAsync<TupuException>(() => store.WriteAsync(unknown));
        Assert.Equal(ErrorCode.InvalidEndpoint, error.Code);
        Assert.True(driver.Transactions[^1].RolledBack);
        Assert.False(driver.Transactions[^1].Committed);
    }

    [Fact]
    public async Task A_model_version_is_linked_to_its_family()
    {
        var driver = new RecordingDriver();
        await using var store = new Neo4jGraphStore(driver);
        var r1 = new Entity("model/deepseek-r1", EntityType.Model, "DeepSeek-R1", null, null, [], 1, EntitySource.Lexicon, FamilyId: "model/deepseek");

        await store.WriteAsync(Batch([r1, Model("model/deepseek", "DeepSeek")]));

        var row = Assert.Single(Assert.Single(driver.Named("entity.family")).Rows);
        Assert.Equal("model/deepseek", row["family"]);
        Assert.Equal(RelationshipIds.Of(RelationType.VersionOf, "model/deepseek-r1", "model/deepseek"), row["relationshipId"]);
    }

    [Fact]
    public async Task Every_query_sends_exactly_the_parameters_its_statement_declares()
    {
        var driver = new RecordingDriver
        {
            Respond = q => q.Text == Neo4jStatements.Get("article.versions").Text
                ? ScriptedResult.Rows(new Dictionary<string, object?> { ["id"] = "a-00000000000000ff", ["linked"] = new List<object?> { "company/x" } })
                : ScriptedResult.Empty,
        };
        await using var store = new Neo4jGraphStore(driver);

        await store.WriteAsync(AlibabaUsesDeepSeek());
        await store.IsUnchangedAsync("corpus/en/alibaba.md", "hash");

        Assert.All(driver.Queries, q =>
        {
            var statement = Neo4jStatements.All.Single(s => s.Text == q.Text);
            Assert.Equal(statement.Parameters.Order(StringComparer.Ordinal), q.Parameters.Keys.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public async Task IsUnchanged_reads_by_source_and_hash()
    {
        var driver = new RecordingDriver
        {
            Respond = q => ScriptedResult.Rows(new Dictionary<string, object?> { ["matches"] = 1L }),
        };
        await using var store = new Neo4jGraphStore(driver);

        Assert.True(await store.IsUnchangedAsync("corpus/en/alibaba.md", "abc"));

        var query = Assert.Single(driver.Queries);
        Assert.Equal("read", query.Transaction!.Mode);
        Assert.Equal("abc", query.Parameters["contentHash"]);
    }

    [Fact]
    public void A_non_positive_batch_size_is_a_usage_error()
    {
        var error = Assert.Throws<TupuException>(() => new Neo4jGraphStore(new RecordingDriver(), batchSize: 0));
        Assert.Equal(ErrorCode.InvalidArgument, error.Code);
    }

    [Fact]
    public async Task An_owned_driver_is_disposed_with_the_store()
    {
        var owned = new RecordingDriver();
        var borrowed = new RecordingDriver();
        await new Neo4jGraphStore(owned, ownsDriver: true).DisposeAsync();
        await new Neo4jGraphStore(borrowed).DisposeAsync();

        Assert.True(owned.Disposed);
        Assert.False(borrowed.Disposed);
    }
}
