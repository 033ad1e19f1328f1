using Tupu.Bolt;
using Tupu.Domain;
using Tupu.Storage.Neo4j;
using Xunit;

namespace Tupu.Storage.Tests.Neo4j;

public sealed class CypherQueryRunnerTests
{
    [Fact]
    public async Task Rows_come_back_as_plain_values_with_nodes_as_maps_with_labels()
    {
        var node = new Node(1, "4:x:1", ["Company"], new Dictionary<string, object?> { ["name"] = "Nvidia", ["aliases"] = new List<object?> { "英伟达" } });
        var model = new Node(2, "4:x:2", ["Model"], new Dictionary<string, object?> { ["name"] = "Qwen" });
        var rel = new Relationship(3, "5:x:3", 1, "4:x:1", 2, "4:x:2", "USES", new Dictionary<string, object?> { ["support"] = 2L });
        var driver = new RecordingDriver
        {
            Respond = _ => ScriptedResult.Rows(new Dictionary<string, object?>
            {
                ["n"] = node,
                ["count"] = 3L,
                ["score"] = 0.5,
                ["day"] = new Date(20000),
                ["path"] = new Tupu.Bolt.Path([node, model], [rel]),
            }) with { Counters = new FakeCounters(PropertiesSet: 1) },
        };
        var runner = new CypherQueryRunner(driver, "neo4j");

        var result = await runner.RunAsync("MATCH (n) RETURN n", new Dictionary<string, object?> { ["name"] = "英伟达" });

        Assert.Equal(["n", "count", "score", "day", "path"], result.Columns);
        var row = Assert.Single(result.Rows);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[0]);
        Assert.Equal(new object?[] { "Company" }, (IEnumerable<object?>)map["labels"]!);
        var properties = (IReadOnlyDictionary<string, object?>)map["properties"]!;
        Assert.Equal("Nvidia", properties["name"]);
        Assert.Equal(3L, row[1]);
        Assert.Equal(0.5, row[2]);
        Assert.Equal("2024-10-04", row[3]);
        var path = (IReadOnlyDictionary<string, object?>)row[4]!;
        Assert.Equal(2, ((IEnumerable<object?>)path["nodes"]!).Count());
        Assert.Equal(1, result.Counters.PropertiesSet);
        var query = Assert.Single(driver.Queries);
        Assert.Null(query.Transaction);
        Assert.Equal("英伟达", query.Parameters["name"]);
    }

    [Fact]
    public void Parameters_are_parsed_as_json_when_they_are_json_and_as_text_otherwise()
    {
        var parsed = CypherQueryRunner.ParseParameters(
            ["name=英伟达", "n=42", "x=1.5", "flag=true", "none=null", "list=[\"a\",1]", "map={\"k\":\"v\"}", "quoted=\"42\"", "id=company/nvidia", "eq=a=b", "empty="]);

        Assert.Equal("英伟达", parsed["name"]);
        Assert.Equal(42L, parsed["n"]);
        Assert.Equal(1.5, parsed["x"]);
        Assert.Equal(true, parsed["flag"]);
        Assert.Null(parsed["none"]);
        Assert.Equal(new object?[] { "a", 1L }, (IEnumerable<object?>)parsed["list"]!);
        Assert.Equal("v", ((IReadOnlyDictionary<string, object?>)parsed["map"]!)["k"]);
        Assert.Equal("42", parsed["quoted"]);
        Assert.Equal("company/nvidia", parsed["id"]);
        Assert.Equal("a=b", parsed["eq"]);
        Assert.Equal("", parsed["empty"]);
    }

    [Theory]
    [InlineData("novalue")]
    [InlineData("=1")]
    [InlineData("1x=1")]
    [InlineData("a b=1")]
    [InlineData("a`=1")]
    public void A_malformed_parameter_is_a_usage_error(string assignment)
    {
        var error = Assert.Throws<TupuException>(() => CypherQueryRunner.ParseParameters([assignment]));
        Assert.Equal(ErrorCode.InvalidArgument, error.Code);
    }

    [Theory]
    [InlineData(null, "null")]
    [InlineData("英伟达", "英伟达")]
    [InlineData(0.1, "0.1")]
    [InlineData(12L, "12")]
    [InlineData(true, "true")]
    public void Cells_are_formatted_in_the_invariant_culture(object? value, string expected)
    {
        Assert.Equal(expected, CypherQueryRunner.Format(value));
    }

    [Fact]
    public void Lists_and_maps_are_formatted_as_json_without_escaping_chinese()
    {
        Assert.Equal("[\"英伟达\",1]", CypherQueryRunner.Format(new List<object?> { "英伟达", 1L }));
    }
}
