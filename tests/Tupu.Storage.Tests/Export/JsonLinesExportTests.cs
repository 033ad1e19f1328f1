using System.Text.Json;
using Tupu.Domain.Relations;
using Tupu.Storage.Tests.Support;
using Xunit;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Export;

public sealed class JsonLinesExportTests
{
    private static async Task<TempStore> SampleAsync()
    {
        var temp = await TempStore.CreateAsync();
        var nvidia = Company("nvidia", "Nvidia", "英伟达", "英偉達");
        var qwen = Model("qwen", "Qwen", "通义千问");
        var outlet = Outlet("36kr", "36Kr", "36氪");
        var article = Article("a1", published: new DateOnly(2024, 7, 1));
        await temp.Store.WriteAsync(Batch(article, [nvidia, qwen, outlet], [Relation(RelationType.Uses, nvidia, qwen, article, "英伟达使用了通义千问。", trigger: "使用")], outletId: outlet.Id));
        return temp;
    }

    [Fact]
    public async Task Every_line_has_the_apoc_shape()
    {
        await using var temp = await SampleAsync();

        var lines = (await temp.JsonLinesAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4 + 1 + 2 + 1, lines.Length); // 3 entities + article; PUBLISHED, 2 MENTIONS, USES
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var type = root.GetProperty("type").GetString();
            Assert.False(string.IsNullOrEmpty(root.GetProperty("id").GetString()));
            Assert.Equal(JsonValueKind.Object, root.GetProperty("properties").ValueKind);
            if (type == "node")
            {
                Assert.Equal(["type", "id", "labels", "properties"], root.EnumerateObject().Select(p => p.Name));
                Assert.Single(root.GetProperty("labels").EnumerateArray());
                Assert.Equal(root.GetProperty("id").GetString(), root.GetProperty("properties").GetProperty("id").GetString());
            }
            else
            {
                Assert.Equal("relationship", type);
                Assert.Equal(["type", "id", "label", "start", "end", "properties"], root.EnumerateObject().Select(p => p.Name));
                Assert.True(RelationTypes.TryParse(root.GetProperty("label").GetString()!, out _));
                foreach (var end in new[] { "start", "end" })
                {
                    Assert.Equal(["id", "labels"], root.GetProperty(end).EnumerateObject().Select(p => p.Name));
                }
            }

            var keys = root.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        }
    }

    [Fact]
    public async Task Entities_and_claims_carry_their_properties_with_cjk_unescaped()
    {
        await using var temp = await SampleAsync();

        var text = await temp.JsonLinesAsync();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

        Assert.Contains("英偉達", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        var nvidia = lines.Single(l => l.GetProperty("id").GetString() == "Company/nvidia").GetProperty("properties");
        Assert.Equal("Nvidia", nvidia.GetProperty("name").GetString());
        Assert.Equal(["Nvidia", "英伟达", "英偉達"], nvidia.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("lexicon", nvidia.GetProperty("source").GetString());
        var uses = lines.Single(l => l.TryGetProperty("label", out var label) && label.GetString() == "USES");
        Assert.Equal("Company/nvidia", uses.GetProperty("start").GetProperty("id").GetString());
        Assert.Equal(["Model"], uses.GetProperty("end").GetProperty("labels").EnumerateArray().Select(a => a.GetString()));
        var p = uses.GetProperty("properties");
        Assert.Equal("asserted", p.GetProperty("certainty").GetString());
        Assert.Equal(1, p.GetProperty("support").GetInt64());
        Assert.Equal("2024-07-01", p.GetProperty("firstSeen").GetString());
        Assert.Equal("英伟达使用了通义千问。", p.GetProperty("evidence")[0].GetString());
    }

    [Fact]
    public async Task Hostile_strings_survive_a_json_round_trip()
    {
        await using var temp = await TempStore.CreateAsync();
        await HostileGraph.WriteAsync(temp);

        var names = (await temp.JsonLinesAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("type").GetString() == "node" && l.GetProperty("labels")[0].GetString() == "Company")
            .Select(l => l.GetProperty("properties").GetProperty("name").GetString())
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(HostileNames.All, h => Assert.Contains(h, names));
    }
}
