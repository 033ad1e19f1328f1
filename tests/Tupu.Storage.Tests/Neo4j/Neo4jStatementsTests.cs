using System.Text.RegularExpressions;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Neo4j;
using Xunit;

namespace Tupu.Storage.Tests.Neo4j;

public sealed partial class Neo4jStatementsTests
{
    [Fact]
    public void Labels_and_types_in_statements_come_from_the_schema_vocabulary()
    {
        var types = RelationTypes.All.Select(t => t.SchemaName()).ToHashSet(StringComparer.Ordinal);
        foreach (var statement in Neo4jStatements.All)
        {
            foreach (Match m in NodeLabel().Matches(statement.Text))
            {
                Assert.True(Labels.All.Contains(m.Groups[1].Value), $"{statement.Name}: label {m.Groups[1].Value}");
            }

            foreach (Match m in RelationshipType().Matches(statement.Text))
            {
                Assert.All(m.Groups[1].Value.Split('|'), t => Assert.Contains(t, types));
            }

            Assert.DoesNotContain("`", statement.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void There_is_one_claim_merge_per_allowed_endpoint_pair_and_none_for_forbidden_ones()
    {
        var claims = Neo4jStatements.All.Where(s => s.Name.StartsWith("claim.merge.", StringComparison.Ordinal)).Select(s => s.Name).ToHashSet();
        var expected = RelationTypes.All.Where(t => t.IsSemantic())
            .SelectMany(t => t.Subjects().SelectMany(s => t.Objects().Select(o => $"claim.merge.{t.SchemaName()}.{Labels.Of(s)}.{Labels.Of(o)}")))
            .ToHashSet();

        Assert.Equal(expected.Order(StringComparer.Ordinal), claims.Order(StringComparer.Ordinal));
        Assert.Contains("claim.merge.USES.Company.Model", claims);
        Assert.DoesNotContain("claim.merge.USES.Model.Company", claims);
    }

    [Fact]
    public void Declared_parameters_are_exactly_the_ones_the_text_uses()
    {
        Assert.All(Neo4jStatements.All, s =>
        {
            var used = Regex.Matches(s.Text, @"\$(\w+)").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(used, s.Parameters);
            Assert.NotEmpty(s.Parameters.Where(p => p.Length > 0).Concat(s.Name.StartsWith("read.", StringComparison.Ordinal) ? ["none needed"] : []));
        });
    }

    [Fact]
    public void Every_write_merges_on_the_id_key_and_sets_only_through_the_guard()
    {
        var writes = Neo4jStatements.All.Where(s => s.Text.Contains("MERGE", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(writes);
        Assert.All(writes, s =>
        {
            Assert.All(MergePattern().Matches(s.Text), m => Assert.Contains("{id: ", m.Value, StringComparison.Ordinal));
            foreach (Match set in SetClause().Matches(s.Text))
            {
                // The only SET is `x += want` inside FOREACH, guarded by the "any key differs" test.
                Assert.Matches(@"SET \w \+= want\)", set.Value);
            }
        });
    }

    [Fact]
    public void Names_are_unique_and_lookups_find_them()
    {
        var all = Neo4jStatements.All;

        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct().Count());
        Assert.Same(Neo4jStatements.Get("article.merge").Text, Neo4jStatements.Get("article.merge").Text);
        Assert.Throws<KeyNotFoundException>(() => Neo4jStatements.Get("no.such.statement"));
    }

    [GeneratedRegex(@"\(\w*:(\w+)")]
    private static partial Regex NodeLabel();

    [GeneratedRegex(@"\[\w*:([\w|]+)")]
    private static partial Regex RelationshipType();

    [GeneratedRegex(@"MERGE \([^\n]*")]
    private static partial Regex MergePattern();

    [GeneratedRegex(@"SET [^\n]*")]
    private static partial Regex SetClause();
}
