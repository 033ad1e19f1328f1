using System.Xml.Linq;
using Tupu.Domain.Relations;
using Tupu.Storage.Tests.Support;
using Xunit;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Export;

public sealed class GraphMlExportTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task Is_well_formed_with_every_data_key_declared()
    {
        await using var temp = await TempStore.CreateAsync();
        var meta = Company("meta", "Meta", "Meta Platforms");
        var llama = Model("llama", "Llama", "羊驼");
        var article = Article("a1");
        await temp.Store.WriteAsync(Batch(article, [meta, llama], [Relation(RelationType.Develops, meta, llama, article, "Meta <develops> Llama & more.")]));

        var document = XDocument.Parse(await ExportText.GraphMlAsync(temp.Store));

        var keys = document.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => k);
        var graph = document.Root.Element(G + "graph")!;
        Assert.Equal(3, graph.Elements(G + "node").Count());
        Assert.Equal(3, graph.Elements(G + "edge").Count());
        foreach (var data in graph.Descendants(G + "data"))
        {
            var key = keys[(string)data.Attribute("key")!];
            Assert.Equal(data.Parent!.Name.LocalName, (string)key.Attribute("for")!);
        }

        var edge = graph.Elements(G + "edge").Single(e => e.Elements(G + "data").Any(d => d.Value == "DEVELOPS"));
        Assert.Equal((meta.Id, llama.Id), ((string)edge.Attribute("source")!, (string)edge.Attribute("target")!));
        string Data(XElement element, string name) =>
            element.Elements(G + "data").Single(d => (string)keys[(string)d.Attribute("key")!].Attribute("attr.name")! == name).Value;
        Assert.Equal("Meta <develops> Llama & more.", Data(edge, "evidence"));
        Assert.Equal("long", (string)keys.Values.Single(k => (string)k.Attribute("attr.name")! == "support").Attribute("attr.type")!);
        var node = graph.Elements(G + "node").Single(n => (string)n.Attribute("id")! == meta.Id);
        Assert.Equal(":Company", Data(node, "labels"));
        Assert.Equal("Meta; Meta Platforms", Data(node, "aliases"));
    }

    [Fact]
    public async Task Hostile_names_are_escaped_and_characters_xml_cannot_carry_are_replaced()
    {
        await using var temp = await TempStore.CreateAsync();
        await HostileGraph.WriteAsync(temp);

        var document = XDocument.Parse(await ExportText.GraphMlAsync(temp.Store));

        var texts = document.Descendants(G + "data").Select(d => d.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("O'Reilly \"AI\" `lab`", texts);
        Assert.Contains("emoji 🤖 and 英偉達 & <tag> \"q\"", texts);
        Assert.Contains("nul\uFFFD bell\uFFFD esc\uFFFD del\u007F c1\u0085", texts);
    }
}
