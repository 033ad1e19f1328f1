using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.Storage.Tests.Support;
using Tupu.Storage.Traversal;
using Xunit;
using static Tupu.Storage.Tests.Support.Fixtures;

namespace Tupu.Storage.Tests.Traversal;

public sealed class GraphExplorerTests : IAsyncLifetime
{
    private static readonly Entity Nvidia = Company("nvidia", "Nvidia", "NVIDIA", "英伟达", "英偉達", "輝達");
    private static readonly Entity Huang = Person("jensen-huang", "Jensen Huang", "黄仁勋", "黃仁勳");
    private static readonly Entity Alibaba = Company("alibaba", "Alibaba", "阿里巴巴");
    private static readonly Entity Qwen = Model("qwen", "Qwen", "通义千问", "通義千問");
    private static readonly Entity Qwen25 = Model("qwen2.5", "Qwen2.5") with { FamilyId = "Model/qwen" };
    private static readonly Entity Airbnb = Company("airbnb", "Airbnb", "爱彼迎");

    private TempStore temp = null!;
    private GraphExplorer explorer = null!;

    public async Task InitializeAsync()
    {
        temp = await TempStore.CreateAsync();
        var a1 = Article("zh-hant/1.txt", published: new DateOnly(2024, 3, 1), title: "輝達與阿里");
        var a2 = Article("en/2.txt", published: new DateOnly(2024, 9, 1), title: "Airbnb and Qwen");
        await temp.WriteAllAsync(
            Batch(a1, [Nvidia, Huang, Alibaba, Qwen, Qwen25], [
                Relation(RelationType.WorksFor, Huang, Nvidia, a1, "輝達執行長黃仁勳表示。", trigger: "執行長", role: "執行長", current: true),
                Relation(RelationType.Praised, Huang, Qwen, a1, "黃仁勳稱讚通義千問。", start: 20, trigger: "稱讚"),
                Relation(RelationType.Develops, Alibaba, Qwen, a1, "阿里巴巴開發了通義千問。", start: 40, trigger: "開發")]),
            Batch(a2, [Airbnb, Qwen25, Alibaba], [
                Relation(RelationType.Uses, Airbnb, Qwen25, a2, "Airbnb reportedly relies on Qwen2.5.", certainty: Certainty.Speculated, trigger: "relies on")]));
        explorer = new GraphExplorer(temp.Store);
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Theory]
    [InlineData("英伟达")]
    [InlineData("英偉達")]
    [InlineData("輝達")]
    [InlineData("Nvidia")]
    [InlineData("nvidia")]
    [InlineData("ＮＶＩＤＩＡ")]
    [InlineData("  NVIDIA ")]
    [InlineData("Company/nvidia")]
    public async Task Any_alias_in_any_script_case_or_width_finds_the_same_card(string name)
    {
        var card = await explorer.FindAsync(name);

        Assert.NotNull(card);
        Assert.Equal(Nvidia.Id, card.Entity.Id);
        Assert.Equal("Company", card.Label);
        Assert.Equal("Nvidia", card.Name);
        Assert.Equal(["NVIDIA", "Nvidia", "英伟达", "英偉達", "輝達"], card.Aliases);
    }

    [Fact]
    public async Task An_unknown_name_finds_nothing()
    {
        Assert.Null(await explorer.FindAsync("Nokia"));
        Assert.Null(await explorer.NeighborsAsync("Nokia", 2, null));
        Assert.Null(await explorer.PathAsync("Nokia", "Qwen", 4));
    }

    [Fact]
    public async Task The_card_groups_relationships_by_type_and_direction_with_evidence_and_articles()
    {
        var card = await explorer.FindAsync("黃仁勳");

        Assert.NotNull(card);
        Assert.Equal(
            [("MENTIONS", RelationshipDirection.Incoming), ("PRAISED", RelationshipDirection.Outgoing), ("WORKS_FOR", RelationshipDirection.Outgoing)],
            card.Groups.Select(g => (g.Type, g.Direction)));
        var worksFor = Assert.Single(card.Groups.Single(g => g.Type == "WORKS_FOR").Relationships);
        Assert.Equal(Nvidia.Id, worksFor.Other.Id);
        Assert.Equal("asserted", worksFor.Certainty);
        Assert.Equal(["輝達執行長黃仁勳表示。"], worksFor.Evidence);
        Assert.Equal([new ArticleRef("a-zh-hant/1.txt-h1", "輝達與阿里", "2024-03-01")], worksFor.Articles);
        Assert.Equal("執行長", worksFor.Relationship.Properties["role"]);
    }

    [Fact]
    public async Task Neighbors_at_depth_one_follow_entity_relationships_both_ways()
    {
        var neighbors = (await explorer.NeighborsAsync("通义千问", 1, null))!;

        Assert.Equal([Alibaba.Id, Qwen25.Id, Huang.Id], neighbors.Select(n => n.Node.Id).Order(StringComparer.Ordinal));
        Assert.All(neighbors, n => Assert.Equal(1, n.Depth));
        Assert.Equal("VERSION_OF", neighbors.Single(n => n.Node.Id == Qwen25.Id).Via.Type);
    }

    [Fact]
    public async Task Neighbors_at_depth_two_and_a_type_filter()
    {
        var two = (await explorer.NeighborsAsync("Qwen", 2, null))!;
        var filtered = (await explorer.NeighborsAsync("Qwen", 2, new HashSet<string>(["VERSION_OF", "USES"], StringComparer.Ordinal)))!;

        Assert.Equal(
            [(Alibaba.Id, 1), (Qwen25.Id, 1), (Huang.Id, 1), (Airbnb.Id, 2), (Nvidia.Id, 2)],
            two.Select(n => (n.Node.Id, n.Depth)).OrderBy(n => n.Depth).ThenBy(n => n.Id, StringComparer.Ordinal));
        Assert.Equal([(Qwen25.Id, 1), (Airbnb.Id, 2)], filtered.Select(n => (n.Node.Id, n.Depth)));
        Assert.Equal(Qwen25.Id, filtered[1].FromId);
    }

    [Fact]
    public async Task Mentions_are_followed_only_when_asked()
    {
        var plain = (await explorer.NeighborsAsync("Airbnb", 1, null))!;
        var withArticles = (await explorer.NeighborsAsync("Airbnb", 1, new HashSet<string>(["MENTIONS"], StringComparer.Ordinal)))!;

        Assert.Equal([Qwen25.Id], plain.Select(n => n.Node.Id));
        Assert.Equal(["a-en/2.txt-h1"], withArticles.Select(n => n.Node.Id));
    }

    [Fact]
    public async Task Path_finds_the_shortest_way_between_a_person_and_a_company()
    {
        var paths = await explorer.PathAsync("黄仁勋", "Airbnb", 5);

        var path = Assert.Single(paths!);
        Assert.Equal([Huang.Id, Qwen.Id, Qwen25.Id, Airbnb.Id], path.Nodes.Select(n => n.Id));
        Assert.Equal(["PRAISED", "VERSION_OF", "USES"], path.Relationships.Select(r => r.Type));
        Assert.Equal(3, path.Length);
        Assert.Empty((await explorer.PathAsync("黄仁勋", "Airbnb", 2))!);
    }

    [Fact]
    public async Task Path_returns_every_shortest_path()
    {
        var types = new HashSet<string>(["MENTIONS", "WORKS_FOR", "PRAISED"], StringComparer.Ordinal);

        var paths = await explorer.PathAsync("Nvidia", "Qwen", 4, types);

        Assert.Equal(
            [[Nvidia.Id, Huang.Id, Qwen.Id], [Nvidia.Id, "a-zh-hant/1.txt-h1", Qwen.Id]],
            paths!.Select(p => p.Nodes.Select(n => n.Id).ToArray()).OrderBy(ids => ids[1], StringComparer.Ordinal));
        Assert.All(paths!, p => Assert.Equal(2, p.Length));
        Assert.Equal([Nvidia.Id, Huang.Id, Qwen.Id], Assert.Single((await explorer.PathAsync("Nvidia", "Qwen", 4))!).Nodes.Select(n => n.Id));
    }
}
