using System.Text.RegularExpressions;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Neo4j;
using Tupu.Storage.Schema;
using Xunit;

namespace Tupu.Storage.Tests.Schema;

/// <summary>graph-schema/README.md and the .cypher files against the code's vocabulary, both ways.</summary>
public sealed partial class SchemaVocabularyTests
{
    [Fact]
    public void The_readme_labels_are_exactly_the_codes_labels()
    {
        Assert.Equal(Labels.All.Order(StringComparer.Ordinal), SchemaReadme.Labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_relationship_types_are_exactly_the_codes_types()
    {
        Assert.Equal(
            RelationTypes.All.Select(t => t.SchemaName()).Order(StringComparer.Ordinal),
            SchemaReadme.Relationships.Select(r => r.Type).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_readme_endpoints_are_exactly_the_codes_endpoints()
    {
        foreach (var (typeName, from, to) in SchemaReadme.Relationships)
        {
            var type = RelationTypes.Parse(typeName);
            IEnumerable<string> codeFrom = type == RelationType.Mentions ? [Labels.Article] : type.Subjects().Select(Labels.Of);
            IEnumerable<string> codeTo = type == RelationType.Published ? [Labels.Article] : type.Objects().Select(Labels.Of);
            Assert.Equal(codeFrom.Order(StringComparer.Ordinal), from.Order(StringComparer.Ordinal));
            Assert.Equal(codeTo.Order(StringComparer.Ordinal), to.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_label_has_an_id_uniqueness_constraint_and_no_other_label_has_one()
    {
        var constrained = GraphSchema.ConstraintStatements
            .Select(s => UniqueId().Match(s))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();

        Assert.Equal(GraphSchema.ConstraintStatements.Count, constrained.Count);
        Assert.Equal(Labels.All.Order(StringComparer.Ordinal), constrained.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Indexes_and_queries_use_only_schema_labels_types_and_property_keys()
    {
        var names = Labels.All.Concat(RelationTypes.All.Select(t => t.SchemaName())).ToHashSet(StringComparer.Ordinal);
        var keys = SchemaReadme.AllPropertyKeys.ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(RepositoryPaths.GraphSchema, "*.cypher", SearchOption.AllDirectories);
        foreach (var statement in files.SelectMany(f => GraphSchema.SplitStatements(File.ReadAllText(f))))
        {
            foreach (Match m in LabelOrType().Matches(statement))
            {
                Assert.All(m.Groups[1].Value.Split('|'), n => Assert.True(names.Contains(n), $"'{n}' in: {statement}"));
            }

            foreach (Match m in PropertyAccess().Matches(statement))
            {
                Assert.True(keys.Contains(m.Groups[1].Value), $"property '{m.Groups[1].Value}' in: {statement}");
            }
        }
    }

    [Fact]
    public void The_properties_the_writer_sets_are_exactly_the_readme_properties()
    {
        var plan = ArticleWritePlan.From(Tupu.Storage.Tests.Neo4j.Batches.AlibabaUsesDeepSeek());
        var entityKeys = plan.EntityRows.Values.SelectMany(r => r).SelectMany(r => r.Keys).Distinct();
        var articleKeys = plan.ArticleProperties.Keys.Append("id");
        var claim = Neo4jStatements.Get("claim.merge.USES.Company.Model").Text;
        var claimKeys = ClaimMapKey().Matches(claim[claim.LastIndexOf("WITH ", StringComparison.Ordinal)..claim.IndexOf("} AS want", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).Append("id");

        Assert.Equal(SchemaReadme.EntityProperties.Order(StringComparer.Ordinal), entityKeys.Order(StringComparer.Ordinal));
        Assert.Equal(SchemaReadme.ArticleProperties.Order(StringComparer.Ordinal), articleKeys.Order(StringComparer.Ordinal));
        Assert.Equal(SchemaReadme.RelationshipProperties.Order(StringComparer.Ordinal), claimKeys.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_style_sheet_styles_every_label_and_type()
    {
        var grass = File.ReadAllText(Path.Combine(RepositoryPaths.GraphSchema, "tupu.grass"));

        Assert.All(Labels.All, l => Assert.Contains($"node.{l} {{", grass, StringComparison.Ordinal));
        Assert.All(RelationTypes.All, t => Assert.Contains($"relationship.{t.SchemaName()} {{", grass, StringComparison.Ordinal));
        Assert.All(Enum.GetValues<EntityType>(), t =>
        {
            var block = grass[grass.IndexOf($"node.{t} {{", StringComparison.Ordinal)..];
            Assert.Contains("caption: \"{name}\";", block[..block.IndexOf("\n}", StringComparison.Ordinal)], StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE")]
    private static partial Regex UniqueId();

    [GeneratedRegex(@"[(\[]\w*:([A-Za-z_|]+)")]
    private static partial Regex LabelOrType();

    [GeneratedRegex(@"\b(?:n|a|r|m|c|p|o|e|s|t|v|who|user|developer|family|model|base|top|derived|dev|other|node|relationship|b|d|u|q)\.([A-Za-z_]+)\b")]
    private static partial Regex PropertyAccess();

    [GeneratedRegex(@"\b(\w+): ")]
    private static partial Regex ClaimMapKey();
}
