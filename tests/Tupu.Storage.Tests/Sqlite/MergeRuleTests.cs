using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Tests.Support;
using Xunit;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Sqlite;

public sealed class MergeRuleTests
{
    private static readonly Entity Meta = Company("meta", "Meta", "Meta Platforms");
    private static readonly Entity Llama = Model("llama", "Llama", "羊驼");

    private static async Task<List<GraphRelationship>> RelationshipsAsync(TempStore temp, string type) =>
        await temp.Store.ReadRelationshipsAsync().Where(r => r.Type == type).ToListAsync();

    [Fact]
    public void A_merge_that_teaches_nothing_leaves_the_row_as_stored_and_any_change_does_not()
    {
        var stored = Tupu.Storage.Sqlite.EntityMerge.Merge(Meta, Meta);
        Assert.True(Tupu.Storage.Sqlite.EntityMerge.SameStoredRow(stored, Tupu.Storage.Sqlite.EntityMerge.Merge(stored, Meta)));
        Assert.True(Tupu.Storage.Sqlite.EntityMerge.SameStoredRow(stored, Tupu.Storage.Sqlite.EntityMerge.Merge(stored, Meta with { Aliases = [] })));
        Assert.False(Tupu.Storage.Sqlite.EntityMerge.SameStoredRow(stored, Tupu.Storage.Sqlite.EntityMerge.Merge(stored, Meta with { Aliases = ["脸书"] })));
        Assert.False(Tupu.Storage.Sqlite.EntityMerge.SameStoredRow(stored, Tupu.Storage.Sqlite.EntityMerge.Merge(stored, Meta with { Confidence = 1.0 })));
        Assert.False(Tupu.Storage.Sqlite.EntityMerge.SameStoredRow(stored with { NameZh = null }, Tupu.Storage.Sqlite.EntityMerge.Merge(stored with { NameZh = null }, Meta with { NameZh = "元" })));
    }

    [Theory]
    [InlineData(new[] { "Meta", "脸书" }, new[] { "Facebook", "Meta" })]
    [InlineData(new[] { "a", "b" }, new string[0])]
    [InlineData(new string[0], new[] { "b", "a", "b", "" })] // not in alias form: sorted, distinct, non-empty
    [InlineData(new[] { "b", "a" }, new[] { "c" })]
    [InlineData(new[] { "a", "c", "e" }, new[] { "b", "c", "d", "f" })]
    [InlineData(new[] { "x" }, new[] { "x" })]
    public void Union_is_the_sorted_distinct_non_empty_aliases_of_both(string[] first, string[] second)
    {
        var expected = first.Concat(second).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, Tupu.Storage.Sqlite.EntityMerge.Union([.. first], [.. second]).ToArray());
        Assert.Equal(expected, Tupu.Storage.Sqlite.EntityMerge.Union([.. second], [.. first]).ToArray());
    }

    [Fact]
    public void Union_adding_nothing_returns_the_first_aliases_themselves()
    {
        System.Collections.Immutable.ImmutableArray<string> stored = ["Meta", "Meta Platforms", "脸书"];

        var union = Tupu.Storage.Sqlite.EntityMerge.Union(stored, ["Meta", "脸书"]);

        Assert.True(union == stored); // the same array: a known entity mentioned again allocates nothing
        Assert.Empty(Tupu.Storage.Sqlite.EntityMerge.Union(default, default));
    }

    [Fact]
    public async Task A_later_article_adding_an_alias_updates_the_stored_entity()
    {
        await using var temp = await TempStore.CreateAsync();
        await temp.WriteAllAsync(Batch(Article("a1"), [Meta]), Batch(Article("a2"), [Meta]), Batch(Article("a3"), [Meta with { Aliases = ["脸书"] }]));

        var node = (await temp.Store.ReadNodesAsync().ToListAsync()).Single(n => n.Id == Meta.Id);

        Assert.Contains("脸书", (IEnumerable<object?>)node.Properties["aliases"]!);
    }

    [Fact]
    public async Task An_alias_another_store_connection_added_is_kept_when_this_one_merges_again()
    {
        // The writer remembers entity rows between writes; a commit by another connection must make it read them again.
        await using var temp = await TempStore.CreateAsync();
        await temp.WriteAllAsync(Batch(Article("a1"), [Meta]));
        await using (var other = await Tupu.Storage.Sqlite.SqliteGraphStore.OpenAsync(temp.DatabasePath))
        {
            await other.WriteAsync(Batch(Article("a2"), [Meta with { Aliases = ["脸书"] }]));
        }

        await temp.WriteAllAsync(Batch(Article("a3"), [Meta with { Aliases = ["元宇宙公司"] }]));

        var node = (await temp.Store.ReadNodesAsync().ToListAsync()).Single(n => n.Id == Meta.Id);
        Assert.Contains("脸书", (IEnumerable<object?>)node.Properties["aliases"]!);
        Assert.Contains("元宇宙公司", (IEnumerable<object?>)node.Properties["aliases"]!);
    }

    [Fact]
    public async Task An_alias_from_a_refused_article_is_not_remembered_by_later_writes()
    {
        // a2 teaches an alias, then fails (a relation to an unknown entity): its savepoint is rolled back, and the
        // writer's remembered row must be the stored one, not the one a2 merged.
        await using var temp = await TempStore.CreateAsync();
        await temp.WriteAllAsync(Batch(Article("a1"), [Meta]));
        var refused = Batch(
            Article("a2"),
            [Meta with { Aliases = ["脸书"] }],
            [Relation(RelationType.Develops, Meta, Model("ghost", "Ghost"), Article("a2"), "Meta 开发了 Ghost。", trigger: "开发")]);

        var attempts = await temp.Store.WriteManyAsync([refused, Batch(Article("a3"), [Meta])]);

        Assert.NotNull(attempts[0].Error);
        Assert.NotNull(attempts[1].Result);
        var node = (await temp.Store.ReadNodesAsync().ToListAsync()).Single(n => n.Id == Meta.Id);
        Assert.DoesNotContain("脸书", (IEnumerable<object?>)node.Properties["aliases"]!);
        await temp.WriteAllAsync(Batch(Article("a4"), [Meta with { Aliases = ["脸书"] }]));
        node = (await temp.Store.ReadNodesAsync().ToListAsync()).Single(n => n.Id == Meta.Id);
        Assert.Contains("脸书", (IEnumerable<object?>)node.Properties["aliases"]!);
    }

    [Fact]
    public async Task A_negated_claim_is_never_merged_with_an_asserted_one()
    {
        await using var temp = await TempStore.CreateAsync();
        var a1 = Article("a1", published: new DateOnly(2024, 1, 1));
        var a2 = Article("a2", published: new DateOnly(2024, 2, 1));
        await temp.WriteAllAsync(
            Batch(a1, [Meta, Llama], [Relation(RelationType.Uses, Meta, Llama, a1, "Meta uses Llama.")]),
            Batch(a2, [Meta, Llama], [Relation(RelationType.Uses, Meta, Llama, a2, "Meta did not use Llama.", certainty: Certainty.Negated)]));

        var uses = await RelationshipsAsync(temp, "USES");

        Assert.Equal(2, uses.Count);
        Assert.NotEqual(uses[0].Id, uses[1].Id);
        var positive = Assert.Single(uses, r => (string)r.Properties["certainty"]! == "asserted");
        var negated = Assert.Single(uses, r => (string)r.Properties["certainty"]! == "negated");
        Assert.Equal(new[] { "Meta uses Llama." }, positive.Properties["evidence"]);
        Assert.Equal(new[] { "Meta did not use Llama." }, negated.Properties["evidence"]);
        Assert.Equal(RelationshipIds.Of(RelationType.Uses, Meta.Id, Llama.Id, negated: true), negated.Id);
    }

    [Theory]
    [InlineData(Certainty.Speculated, Certainty.Asserted, "asserted")]
    [InlineData(Certainty.Asserted, Certainty.Speculated, "asserted")]
    [InlineData(Certainty.Speculated, Certainty.Speculated, "speculated")]
    public async Task Asserted_evidence_from_any_article_raises_a_speculated_claim(Certainty first, Certainty second, string expected)
    {
        await using var temp = await TempStore.CreateAsync();
        var a1 = Article("a1");
        var a2 = Article("a2");
        await temp.WriteAllAsync(
            Batch(a1, [Meta, Llama], [Relation(RelationType.Uses, Meta, Llama, a1, "Meta reportedly uses Llama.", certainty: first)]),
            Batch(a2, [Meta, Llama], [Relation(RelationType.Uses, Meta, Llama, a2, "Meta uses Llama.", certainty: second)]));

        var uses = Assert.Single(await RelationshipsAsync(temp, "USES"));

        Assert.Equal(expected, uses.Properties["certainty"]);
    }

    [Fact]
    public async Task Evidence_lists_are_parallel_per_sentence_and_support_counts_articles()
    {
        await using var temp = await TempStore.CreateAsync();
        var a1 = Article("a1", published: new DateOnly(2024, 3, 9));
        var a2 = Article("a2", published: new DateOnly(2023, 12, 31));
        var a3 = Article("a3");
        const string Same = "Meta uses Llama.";
        await temp.WriteAllAsync(
            Batch(a1, [Meta, Llama], [
                Relation(RelationType.Uses, Meta, Llama, a1, Same, start: 50, confidence: 0.6, certainty: Certainty.Speculated, trigger: "may use"),
                Relation(RelationType.Uses, Meta, Llama, a1, Same, start: 50, confidence: 0.7, trigger: "uses"),
                Relation(RelationType.Uses, Meta, Llama, a1, "Llama powers Meta AI.", start: 10, trigger: "powers")]),
            Batch(a2, [Meta, Llama], [Relation(RelationType.Uses, Meta, Llama, a2, Same, confidence: 0.9)]),
            Batch(a3, [Meta, Llama], [Relation(RelationType.Uses, Meta, Llama, a3, "Meta 使用 Llama。", trigger: "使用", attributedTo: "Person/x")]));

        var uses = Assert.Single(await RelationshipsAsync(temp, "USES"));
        var p = uses.Properties;

        // One entry per (article, sentence span), in article-then-offset order; the same span read twice keeps the more confident reading.
        Assert.Equal(new[] { "Llama powers Meta AI.", Same, Same, "Meta 使用 Llama。" }, p["evidence"]);
        Assert.Equal(new[] { "a-a1-h1", "a-a1-h1", "a-a2-h1", "a-a3-h1" }, p["articles"]);
        Assert.Equal(new[] { "a-a1-h1:10-31", "a-a1-h1:50-66", "a-a2-h1:0-16", "a-a3-h1:0-14" }, p["offsets"]);
        Assert.Equal(new[] { "powers", "uses", "uses", "使用" }, p["triggers"]);
        Assert.Equal(new[] { "asserted", "asserted", "asserted", "asserted" }, p["certainties"]);
        Assert.Equal(new[] { 0.8, 0.7, 0.9, 0.8 }, p["confidences"]);
        Assert.Equal(new[] { "2024-03-09", "2024-03-09", "2023-12-31", "" }, p["dates"]);
        Assert.Equal(new[] { "", "", "", "Person/x" }, p["attributedTo"]);
        Assert.Equal(3L, p["support"]);
        Assert.Equal(0.9, p["confidence"]);
        Assert.Equal("2023-12-31", p["firstSeen"]);
        Assert.Equal("2024-03-09", p["lastSeen"]);
        Assert.Equal(RelationshipIds.Of(RelationType.Uses, Meta.Id, Llama.Id), uses.Id);
        Assert.Equal(uses.Id, p["id"]);
    }

    [Fact]
    public async Task A_relation_between_types_the_schema_does_not_allow_is_rejected()
    {
        await using var temp = await TempStore.CreateAsync();
        var a1 = Article("a1");

        var error = await Assert.ThrowsAsync<Tupu.Domain.TupuException>(() => temp.Store.WriteAsync(
            Batch(a1, [Meta, Llama], [Relation(RelationType.Uses, Llama, Meta, a1, "Llama uses Meta.")])));

        Assert.Equal(Tupu.Domain.ErrorCode.InvalidEndpoint, error.Code);
        Assert.Empty(await temp.Store.ReadNodesAsync().ToListAsync());
    }

    [Fact]
    public async Task An_article_mentions_every_entity_it_has_evidence_about()
    {
        await using var temp = await TempStore.CreateAsync();
        var a1 = Article("a1");
        await temp.Store.WriteAsync(new GraphBatch(a1, null, [Meta, Llama], [], [Relation(RelationType.Uses, Meta, Llama, a1, "Meta uses Llama.")]));

        var mentions = await RelationshipsAsync(temp, "MENTIONS");

        Assert.Equal([Meta.Id, Llama.Id], mentions.Select(m => m.End.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_dates_first_and_last_seen_are_absent()
    {
        await using var temp = await TempStore.CreateAsync();
        var a1 = Article("a1");
        await temp.WriteAllAsync(Batch(a1, [Meta, Llama], [Relation(RelationType.Uses, Meta, Llama, a1, "Meta uses Llama.")]));

        var uses = Assert.Single(await RelationshipsAsync(temp, "USES"));

        Assert.False(uses.Properties.ContainsKey("firstSeen"));
        Assert.False(uses.Properties.ContainsKey("lastSeen"));
    }

    [Fact]
    public async Task Works_for_takes_role_and_current_from_the_latest_report()
    {
        await using var temp = await TempStore.CreateAsync();
        var person = Person("lecun", "Yann LeCun", "杨立昆");
        var older = Article("old", published: new DateOnly(2020, 1, 1));
        var newer = Article("new", published: new DateOnly(2025, 1, 1));
        await temp.WriteAllAsync(
            Batch(newer, [person, Meta], [Relation(RelationType.WorksFor, person, Meta, newer, "Former chief scientist LeCun.", role: "chief AI scientist", current: false)]),
            Batch(older, [person, Meta], [Relation(RelationType.WorksFor, person, Meta, older, "Meta's chief scientist LeCun.", role: "chief scientist", current: true)]));

        var worksFor = Assert.Single(await RelationshipsAsync(temp, "WORKS_FOR"));

        Assert.Equal("chief AI scientist", worksFor.Properties["role"]);
        Assert.Equal(false, worksFor.Properties["current"]);
    }

    [Fact]
    public async Task Entities_merge_aliases_keep_lexicon_names_and_take_the_highest_confidence()
    {
        await using var temp = await TempStore.CreateAsync();
        var discovered = new Entity("Company/moonshot", EntityType.Company, "月之暗面科技", null, "月之暗面科技", ["月之暗面科技"], 0.95, EntitySource.Discovered);
        var lexicon = new Entity("Company/moonshot", EntityType.Company, "Moonshot AI", "Moonshot AI", "月之暗面", ["Moonshot AI", "月之暗面"], 0.7, EntitySource.Lexicon);
        var later = discovered with { Name = "MSAI", NameEn = "MSAI", Aliases = ["MSAI"], Confidence = 0.5 };

        var first = await temp.Store.WriteAsync(Batch(Article("a1"), [discovered]));
        var second = await temp.Store.WriteAsync(Batch(Article("a2"), [lexicon]));
        await temp.Store.WriteAsync(Batch(Article("a3"), [later]));

        var entity = Assert.Single(await temp.Store.ReadEntitiesAsync());
        Assert.Equal((1, 0), (first.EntitiesCreated, first.EntitiesMerged));
        Assert.Equal((0, 1), (second.EntitiesCreated, second.EntitiesMerged));
        Assert.Equal("Moonshot AI", entity.Name);
        Assert.Equal("Moonshot AI", entity.NameEn);
        Assert.Equal("月之暗面", entity.NameZh);
        Assert.Equal(new[] { "MSAI", "Moonshot AI", "月之暗面", "月之暗面科技" }, entity.Aliases.ToArray());
        Assert.Equal(0.95, entity.Confidence);
        Assert.Equal(EntitySource.Lexicon, entity.Source);
    }

    [Fact]
    public async Task Version_of_is_derived_from_the_family_only_when_the_family_node_exists()
    {
        await using var temp = await TempStore.CreateAsync();
        var qwen25 = Model("qwen2.5", "Qwen2.5") with { FamilyId = "Model/qwen" };
        var qwen = Model("qwen", "Qwen");
        await temp.WriteAllAsync(Batch(Article("a1"), [qwen25]));
        Assert.Empty(await RelationshipsAsync(temp, "VERSION_OF"));

        await temp.WriteAllAsync(Batch(Article("a2"), [qwen]));
        var versionOf = Assert.Single(await RelationshipsAsync(temp, "VERSION_OF"));

        Assert.Equal((qwen25.Id, qwen.Id), (versionOf.Start.Id, versionOf.End.Id));
        Assert.Equal(RelationshipIds.Of(RelationType.VersionOf, qwen25.Id, qwen.Id), versionOf.Id);
    }

    [Fact]
    public async Task An_extracted_version_of_replaces_the_derived_one()
    {
        await using var temp = await TempStore.CreateAsync();
        var qwen = Model("qwen", "Qwen");
        var qwen25 = Model("qwen2.5", "Qwen2.5") with { FamilyId = qwen.Id };
        var a1 = Article("a1");
        await temp.WriteAllAsync(Batch(a1, [qwen, qwen25], [Relation(RelationType.VersionOf, qwen25, qwen, a1, "Qwen2.5 is the latest Qwen.")]));

        var versionOf = Assert.Single(await RelationshipsAsync(temp, "VERSION_OF"));

        Assert.Equal("asserted", versionOf.Properties["certainty"]);
    }

    [Fact]
    public async Task The_derived_version_of_returns_when_the_only_article_stating_it_changes()
    {
        await using var temp = await TempStore.CreateAsync();
        var qwen = Model("qwen", "Qwen");
        var qwen25 = Model("qwen2.5", "Qwen2.5") with { FamilyId = qwen.Id };
        var a1 = Article("a1");
        await temp.WriteAllAsync(Batch(a1, [qwen, qwen25], [Relation(RelationType.VersionOf, qwen25, qwen, a1, "Qwen2.5 is the latest Qwen.")]));

        await temp.WriteAllAsync(Batch(Article("a1", "h2"), [qwen, qwen25]));

        var versionOf = Assert.Single(await RelationshipsAsync(temp, "VERSION_OF"));
        Assert.False(versionOf.Properties.ContainsKey("certainty")); // derived from the family: no evidence left
    }

    [Fact]
    public async Task Published_and_mentions_join_outlet_article_and_entities()
    {
        await using var temp = await TempStore.CreateAsync();
        var outlet = Outlet("36kr", "36Kr", "36氪");
        var article = Article("a1");
        await temp.WriteAllAsync(Batch(article, [outlet, Meta], outletId: outlet.Id));

        var published = Assert.Single(await RelationshipsAsync(temp, "PUBLISHED"));
        var mentions = Assert.Single(await RelationshipsAsync(temp, "MENTIONS"));

        Assert.Equal((outlet.Id, "MediaOutlet", article.Id, "Article"), (published.Start.Id, published.Start.Labels[0], published.End.Id, published.End.Labels[0]));
        Assert.Equal((article.Id, "Article", Meta.Id, "Company"), (mentions.Start.Id, mentions.Start.Labels[0], mentions.End.Id, mentions.End.Labels[0]));
    }

    [Fact]
    public async Task Nodes_come_ordered_by_label_then_id_and_relationships_by_type_then_id()
    {
        await using var temp = await TempStore.CreateAsync();
        var people = Enumerable.Range(0, 5).Select(i => Person($"p{9 - i}", $"P{i}")).ToArray();
        var articles = Enumerable.Range(0, 3).Select(i => Article($"s{3 - i}")).ToArray();
        foreach (var article in articles)
        {
            await temp.Store.WriteAsync(Batch(article, [.. people, Meta, Llama], [
                Relation(RelationType.Uses, Meta, Llama, article, "Meta uses Llama."),
                .. people.Select(p => Relation(RelationType.WorksFor, p, Meta, article, $"{p.Name} works at Meta.", trigger: "works"))]));
        }

        var nodes = await temp.Store.ReadNodesAsync().Select(n => (n.Labels[0], n.Id)).ToListAsync();
        var relationships = await temp.Store.ReadRelationshipsAsync().Select(r => (r.Type, r.Id)).ToListAsync();

        Assert.Equal(nodes.Order(new TupleOrder()), nodes);
        Assert.Equal(relationships.Order(new TupleOrder()), relationships);
        Assert.Equal(relationships.Count, relationships.Distinct().Count());
    }

    private sealed class TupleOrder : IComparer<(string, string)>
    {
        public int Compare((string, string) x, (string, string) y)
        {
            var first = string.CompareOrdinal(x.Item1, y.Item1);
            return first != 0 ? first : string.CompareOrdinal(x.Item2, y.Item2);
        }
    }
}
