using System.Text.Json;
using System.Xml.Linq;
using Tupu.Domain.Graph;
using Tupu.Storage.Export;
using Tupu.Storage.Tests.Support;
using Xunit;

namespace Tupu.Storage.Tests.Export;

/// <summary>Every exporter copes with the value shapes another store may return.</summary>
public sealed class ValueShapeTests
{
    private static InMemoryGraphStore Store()
    {
        var company = new GraphNode("Company/x", ["Company"], new Dictionary<string, object?>
        {
            ["id"] = "Company/x",
            ["name"] = "lone \uD800 surrogate",
            ["aliases"] = new List<object> { "a", "b" },
            ["rank"] = 7,
            ["score"] = 0.5f,
            ["weird"] = double.NaN,
            ["missing"] = null,
        });
        var model = new GraphNode("Model/y", ["Model"], new Dictionary<string, object?> { ["id"] = "Model/y", ["name"] = "Y" });
        var uses = new GraphRelationship(
            "r-1",
            "USES",
            new GraphNodeRef("Company/x", ["Company"]),
            new GraphNodeRef("Model/y", ["Model"]),
            new Dictionary<string, object?> { ["id"] = "r-1", ["support"] = 2, ["current"] = true, ["since"] = new DateOnly(2024, 1, 2) });
        return new InMemoryGraphStore([company, model], [uses]);
    }

    [Fact]
    public async Task Json_lines_write_ints_floats_lists_dates_and_non_finite_numbers()
    {
        var lines = (await ExportText.JsonLinesAsync(Store())).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var company = JsonDocument.Parse(lines[0]).RootElement.GetProperty("properties");
        Assert.Equal(7, company.GetProperty("rank").GetInt64());
        Assert.Equal(0.5, company.GetProperty("score").GetDouble());
        Assert.Equal("NaN", company.GetProperty("weird").GetString());
        Assert.Equal(["a", "b"], company.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.False(company.TryGetProperty("missing", out _));
        var uses = JsonDocument.Parse(lines[2]).RootElement.GetProperty("properties");
        Assert.Equal("2024-01-02", uses.GetProperty("since").GetString());
        Assert.True(uses.GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Cypher_writes_the_same_shapes_as_literals()
    {
        var parsed = CypherReader.Read(await ExportText.CypherAsync(Store()));

        var companyBatch = parsed.Statements.Single(s => s.Contains("MERGE (n:Company", StringComparison.Ordinal));
        Assert.Contains("aliases: ['a', 'b']", companyBatch, StringComparison.Ordinal);
        Assert.Contains("rank: 7,", companyBatch, StringComparison.Ordinal);
        Assert.Contains("score: 0.5,", companyBatch, StringComparison.Ordinal);
        Assert.Contains("weird: 0.0 / 0.0", companyBatch, StringComparison.Ordinal);
        Assert.Contains("lone \uD800 surrogate", parsed.Strings);
        Assert.Contains("since: '2024-01-02'", parsed.Statements.Single(s => s.Contains("MERGE (a)-[r:USES", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphMl_and_csv_accept_them_too()
    {
        var document = XDocument.Parse(await ExportText.GraphMlAsync(Store()));
        var folder = TempStore.NewFolder();
        try
        {
            await GraphExporter.WriteNeo4jAdminAsync(Store(), folder, CancellationToken.None);

            Assert.Contains(document.Descendants(), e => e.Value == "lone \uFFFD surrogate");
            var header = (await File.ReadAllLinesAsync(Path.Combine(folder, "nodes-Company.csv")))[0];
            Assert.Equal("id:ID,aliases:string[],name,rank:long,score:double,weird:double,:LABEL", header);
            var relationshipHeader = (await File.ReadAllLinesAsync(Path.Combine(folder, "relationships-USES.csv")))[0];
            Assert.Equal(":START_ID,:END_ID,:TYPE,current:boolean,id,since,support:long", relationshipHeader);
        }
        finally
        {
            TempStore.DeleteFolder(folder);
        }
    }
}
