using System.Text.Json;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Tests.Support;
using Xunit;

namespace Tupu.Storage.Tests.Sqlite;

/// <summary>
/// The store's reads for exploration answer as the whole graph would: the part read for some nodes is exactly the
/// whole graph's relationships and nodes restricted to them.
/// </summary>
public sealed class ExplorableGraphTests : IAsyncLifetime
{
    private static readonly string[] AllTypes = [.. RelationTypes.All.Select(t => t.SchemaName())];

    private TempStore temp = null!;
    private IReadOnlyList<GraphRelationship> whole = null!;
    private IReadOnlyList<GraphNode> nodes = null!;

    public async Task InitializeAsync()
    {
        temp = await TempStore.CreateAsync();
        await RandomGraph.WriteAsync(temp, seed: 7);
        whole = await temp.Store.ReadRelationshipsAsync().ToListAsync();
        nodes = await temp.Store.ReadNodesAsync().ToListAsync();
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Fact]
    public void The_random_graph_has_every_relationship_type()
    {
        Assert.Equal(AllTypes.Order(StringComparer.Ordinal), whole.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(whole, r => r.Type == "VERSION_OF" && !r.Properties.ContainsKey("evidence"));
        Assert.Contains(whole, r => r.Type == "VERSION_OF" && r.Properties.ContainsKey("evidence"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_relationships_at_some_nodes_are_the_whole_graphs_relationships_that_touch_them(int seed)
    {
        var random = new Random(seed);
        var ids = nodes.Select(n => n.Id).ToArray();
        for (var round = 0; round < 25; round++)
        {
            var at = ids.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).ToHashSet(StringComparer.Ordinal);
            var types = round % 5 == 0
                ? AllTypes.ToHashSet(StringComparer.Ordinal)
                : AllTypes.Where(_ => random.Next(2) == 0).ToHashSet(StringComparer.Ordinal);

            var read = await temp.Store.ReadRelationshipsAtAsync(at, types).ToListAsync();

            var expected = whole.Where(r => types.Contains(r.Type) && (at.Contains(r.Start.Id) || at.Contains(r.End.Id)));
            Assert.Equal(expected.Select(Json), read.Select(Json));
        }
    }

    [Fact]
    public async Task A_relationship_between_two_asked_nodes_comes_once()
    {
        var mention = whole.First(r => r.Type == "MENTIONS");
        var published = whole.First(r => r.Type == "PUBLISHED");
        var claim = whole.First(r => r.Properties.ContainsKey("evidence"));
        var at = new[] { mention, published, claim }.SelectMany(r => new[] { r.Start.Id, r.End.Id }).ToHashSet(StringComparer.Ordinal);

        var read = await temp.Store.ReadRelationshipsAtAsync(at, AllTypes.ToHashSet(StringComparer.Ordinal)).ToListAsync();

        Assert.Equal(read.Count, read.Select(r => r.Id).Distinct().Count());
        Assert.Contains(mention.Id, read.Select(r => r.Id));
        Assert.Contains(published.Id, read.Select(r => r.Id));
        Assert.Contains(claim.Id, read.Select(r => r.Id));
    }

    [Fact]
    public async Task No_node_or_no_type_reads_nothing()
    {
        var someone = whole[0].Start.Id;

        Assert.Empty(await temp.Store.ReadRelationshipsAtAsync([], AllTypes.ToHashSet(StringComparer.Ordinal)).ToListAsync());
        Assert.Empty(await temp.Store.ReadRelationshipsAtAsync([someone], new HashSet<string>()).ToListAsync());
        Assert.Empty(await temp.Store.ReadRelationshipsAtAsync([someone], new HashSet<string>(["NOT_A_TYPE"])).ToListAsync());
        Assert.Empty(await temp.Store.ReadNodesAsync(Array.Empty<string>()).ToListAsync());
    }

    [Fact]
    public async Task Nodes_by_id_are_the_whole_graphs_nodes_with_those_ids()
    {
        var ids = nodes.Where((_, i) => i % 3 == 0).Select(n => n.Id).Append("Company/nobody").ToArray();

        var read = await temp.Store.ReadNodesAsync(ids).ToListAsync();

        Assert.Equal(
            nodes.Where(n => ids.Contains(n.Id)).Select(Json).Order(StringComparer.Ordinal),
            read.Select(Json).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Entities_by_name_are_matched_on_id_names_and_aliases_and_never_articles()
    {
        static bool Is(string name, string wanted) => string.Equals(name, wanted, StringComparison.Ordinal);

        Assert.Equal(["Company/c3"], (await temp.Store.FindEntitiesAsync(n => Is(n, "公司3集团")).ToListAsync()).Select(n => n.Id));
        Assert.Equal(["Model/m2"], (await temp.Store.FindEntitiesAsync(n => Is(n, "Model/m2")).ToListAsync()).Select(n => n.Id));
        Assert.Equal(["Person/p1"], (await temp.Store.FindEntitiesAsync(n => Is(n, "人物1")).ToListAsync()).Select(n => n.Id));
        Assert.Empty(await temp.Store.FindEntitiesAsync(n => n.StartsWith("a-random/", StringComparison.Ordinal)).ToListAsync());
        Assert.Equal(
            nodes.Where(n => !n.Labels.Contains("Article")).Select(Json).Order(StringComparer.Ordinal),
            (await temp.Store.FindEntitiesAsync(_ => true).ToListAsync()).Select(Json).Order(StringComparer.Ordinal));
    }

    private static string Json(GraphRelationship r) =>
        JsonSerializer.Serialize(new { r.Id, r.Type, Start = r.Start.Id, StartLabels = r.Start.Labels, End = r.End.Id, EndLabels = r.End.Labels, r.Properties });

    private static string Json(GraphNode n) => JsonSerializer.Serialize(new { n.Id, n.Labels, n.Properties });
}
