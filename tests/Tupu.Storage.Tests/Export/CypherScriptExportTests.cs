using System.Text;
using System.Text.RegularExpressions;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Export;
using Tupu.Storage.Schema;
using Tupu.Storage.Tests.Support;
using Xunit;

namespace Tupu.Storage.Tests.Export;

public sealed partial class CypherScriptExportTests
{
    [Fact]
    public async Task Hostile_names_arrive_as_data_and_round_trip_exactly()
    {
        await using var temp = await TempStore.CreateAsync();
        await HostileGraph.WriteAsync(temp);

        var script = await ExportText.CypherAsync(temp.Store);
        var parsed = CypherReader.Read(script);

        foreach (var hostile in HostileNames.All)
        {
            Assert.Contains(hostile, parsed.Strings);
            Assert.Contains(hostile + " alias", parsed.Strings);
            Assert.Contains("Negated: " + hostile, parsed.Strings);
        }

        // Every statement is schema or an UNWIND batch of our own shape: nothing a name said became code.
        var data = parsed.Statements.Skip(GraphSchema.AllStatements.Count).ToArray();
        Assert.All(data, s => Assert.Matches(BatchShape(), s));
        Assert.Equal(GraphSchema.AllStatements.Count + 3 + 3, parsed.Statements.Count); // Article, Company, Model; MENTIONS×2, USES
    }

    [Fact]
    public async Task Naive_statement_splitters_and_comment_strippers_see_the_same_script()
    {
        await using var temp = await TempStore.CreateAsync();
        await HostileGraph.WriteAsync(temp);

        var script = await ExportText.CypherAsync(temp.Store);
        var parsed = CypherReader.Read(script);

        // cypher-shell and Browser split on ';' and drop '//' comments; neither may occur inside a literal.
        Assert.Equal(parsed.Statements.Count, script.Count(c => c == ';') - CountInComments(script, ';'));
        Assert.All(script.Split('\n'), line => Assert.True(!line.Contains("//", StringComparison.Ordinal) || line.TrimStart().StartsWith("//", StringComparison.Ordinal), line));
        Assert.DoesNotContain("/*", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_comes_first_then_nodes_then_relationships_with_vocabulary_labels_only()
    {
        await using var temp = await TempStore.CreateAsync();
        await HostileGraph.WriteAsync(temp);

        var statements = CypherReader.Read(await ExportText.CypherAsync(temp.Store)).Statements;

        Assert.Equal(GraphSchema.AllStatements.Select(Normalise), statements.Take(GraphSchema.AllStatements.Count).Select(Normalise));
        Assert.StartsWith("CREATE CONSTRAINT", statements[0], StringComparison.Ordinal);
        var merges = statements.Skip(GraphSchema.AllStatements.Count).Select(s => BatchShape().Match(s)).ToArray();
        Assert.All(merges.Where(m => m.Groups["label"].Success), m => Assert.Contains(m.Groups["label"].Value, Labels.All));
        Assert.All(merges.Where(m => m.Groups["type"].Success), m => Assert.True(RelationTypes.TryParse(m.Groups["type"].Value, out _)));
        var lastNode = Array.FindLastIndex(merges, m => m.Groups["label"].Success);
        var firstRelationship = Array.FindIndex(merges, m => m.Groups["type"].Success);
        Assert.True(lastNode < firstRelationship);
    }

    [Fact]
    public async Task Batches_hold_at_most_500_rows()
    {
        await using var temp = await TempStore.CreateAsync();
        var people = Enumerable.Range(0, 1203).Select(i => Fixtures.Person($"p{i:0000}", $"Person {i}")).ToArray();
        await temp.Store.WriteAsync(Fixtures.Batch(Fixtures.Article("big"), people));

        var statements = CypherReader.Read(await ExportText.CypherAsync(temp.Store)).Statements;

        var personBatches = statements.Where(s => s.Contains("MERGE (n:Person", StringComparison.Ordinal)).ToArray();
        var mentionBatches = statements.Where(s => s.Contains("MERGE (a)-[r:MENTIONS", StringComparison.Ordinal)).ToArray();
        Assert.Equal([500, 500, 203], personBatches.Select(RowCount));
        Assert.Equal([500, 500, 203], mentionBatches.Select(RowCount));
    }

    [Fact]
    public void Literals_escape_lone_surrogates_and_keep_pairs()
    {
        var builder = new StringBuilder();
        CypherLiteral.AppendString(builder, "a\uD800b🤖");

        Assert.Equal(@"'a\uD800b🤖'", builder.ToString());
        var i = 0;
        Assert.Equal("a\uD800b🤖", CypherReader.ReadString(builder.ToString(), ref i));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.25, "0.25")]
    [InlineData(1e21, "1E21")]
    [InlineData(-3e-7, "-3E-07")]
    public void Doubles_stay_floats(double value, string expected)
    {
        var builder = new StringBuilder();
        CypherLiteral.Append(builder, value);

        Assert.Equal(expected, builder.ToString());
    }

    private static int RowCount(string statement) => Regex.Count(statement, @"^\s*\{id: ", RegexOptions.Multiline);

    private static int CountInComments(string script, char c) =>
        script.Split('\n').Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Sum(l => l.Count(x => x == c));

    private static string Normalise(string statement) => Regex.Replace(statement, @"\s+", " ").Trim();

    [GeneratedRegex(@"^UNWIND \[\s*(\{id: '[^\n]*\},?\s*)+\] AS row\s+(MERGE \(n:(?<label>[A-Za-z]+) \{id: row\.id\}\) SET n \+= row\.props|MATCH \(a:[A-Za-z]+ \{id: row\.startId\}\) MATCH \(b:[A-Za-z]+ \{id: row\.endId\}\) MERGE \(a\)-\[r:(?<type>[A-Z_]+) \{id: row\.id\}\]->\(b\) SET r \+= row\.props)$")]
    private static partial Regex BatchShape();
}
