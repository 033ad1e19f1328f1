using Tupu.Domain.Relations;
using Tupu.Storage.Tests.Schema;
using Tupu.Storage.Tests.Support;
using Xunit;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Sqlite;

/// <summary>graph-schema/README.md is the single source of truth: every key the embedded store writes is documented there.</summary>
public sealed class StoreVocabularyTests
{
    [Fact]
    public async Task Every_label_type_and_property_key_the_store_writes_is_in_the_schema()
    {
        await using var temp = await TempStore.CreateAsync();
        var outlet = Outlet("36kr", "36Kr", "36氪");
        var person = Person("lecun", "Yann LeCun", "杨立昆");
        var meta = Company("meta", "Meta");
        var llama = Model("llama", "Llama");
        var llama3 = Model("llama3", "Llama 3") with { FamilyId = llama.Id };
        var article = Article("a1", published: new DateOnly(2024, 4, 18)) with { Outlet = "36氪", Language = "zh-Hans" };
        await temp.Store.WriteAsync(Batch(article, [outlet, person, meta, llama, llama3], [
            Relation(RelationType.WorksFor, person, meta, article, "LeCun, Meta's chief AI scientist.", role: "chief AI scientist", current: true, attributedTo: outlet.Id),
            Relation(RelationType.Develops, meta, llama3, article, "Meta released Llama 3.", start: 40)], outletId: outlet.Id));

        var nodes = await temp.Store.ReadNodesAsync().ToListAsync();
        var relationships = await temp.Store.ReadRelationshipsAsync().ToListAsync();

        Assert.All(nodes.SelectMany(n => n.Labels), l => Assert.Contains(l, SchemaReadme.Labels));
        Assert.All(nodes.Where(n => n.Labels[0] != "Article").SelectMany(n => n.Properties.Keys), k => Assert.Contains(k, SchemaReadme.EntityProperties));
        Assert.All(nodes.Where(n => n.Labels[0] == "Article").SelectMany(n => n.Properties.Keys), k => Assert.Contains(k, SchemaReadme.ArticleProperties));
        Assert.All(relationships.SelectMany(r => r.Properties.Keys), k => Assert.Contains(k, SchemaReadme.RelationshipProperties));
        var documented = SchemaReadme.Relationships.ToDictionary(r => r.Type, StringComparer.Ordinal);
        Assert.All(relationships, r =>
        {
            Assert.Contains(r.Start.Labels[0], documented[r.Type].From);
            Assert.Contains(r.End.Labels[0], documented[r.Type].To);
        });
        Assert.Equal(["DEVELOPS", "MENTIONS", "PUBLISHED", "VERSION_OF", "WORKS_FOR"], relationships.Select(r => r.Type).Distinct());
        Assert.Equal(
            SchemaReadme.RelationshipProperties.Order(StringComparer.Ordinal),
            relationships.Single(r => r.Type == "WORKS_FOR").Properties.Keys.Order(StringComparer.Ordinal));
    }
}
