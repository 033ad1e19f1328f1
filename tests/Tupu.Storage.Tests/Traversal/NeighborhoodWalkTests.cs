using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Tests.Support;
using Tupu.Storage.Traversal;
using Xunit;

namespace Tupu.Storage.Tests.Traversal;

/// <summary>
/// The explorer walks the store one step at a time: its answers equal a walk of the whole graph held in memory, and
/// it reads only the relationships at the nodes it walks.
/// </summary>
public sealed class NeighborhoodWalkTests : IAsyncLifetime
{
    private static readonly IReadOnlySet<string> Semantic =
        RelationTypes.All.Where(t => t.IsSemantic()).Select(t => t.SchemaName()).ToHashSet(StringComparer.Ordinal);

    private TempStore temp = null!;
    private Dictionary<string, List<(GraphRelationship Via, string Other)>> adjacency = null!;
    private IReadOnlyList<string> entityIds = null!;

    public async Task InitializeAsync()
    {
        temp = await TempStore.CreateAsync();
        await RandomGraph.WriteAsync(temp, seed: 11, articles: 40);
        adjacency = new(StringComparer.Ordinal);
        await foreach (var r in temp.Store.ReadRelationshipsAsync())
        {
            Add(r.Start.Id, (r, r.End.Id));
            Add(r.End.Id, (r, r.Start.Id));
        }

        entityIds = [.. (await temp.Store.ReadNodesAsync().ToListAsync()).Where(n => !n.Labels.Contains(Labels.Article)).Select(n => n.Id)];

        void Add(string id, (GraphRelationship, string) edge)
        {
            if (!adjacency.TryGetValue(id, out var list))
            {
                list = [];
                adjacency[id] = list;
            }

            list.Add(edge);
        }
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Fact]
    public async Task Neighbors_equal_a_breadth_first_walk_of_the_whole_graph()
    {
        var explorer = new GraphExplorer(temp.Store);
        var withMentions = new HashSet<string>(Semantic.Append("MENTIONS"), StringComparer.Ordinal);
        foreach (var id in entityIds)
        {
            foreach (var (depth, types) in new[] { (1, Semantic), (3, Semantic), (2, withMentions) })
            {
                var found = (await explorer.NeighborsAsync(id, depth, types == Semantic ? null : types))!;

                Assert.Equal(
                    WholeGraphDistances(id, depth, types).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)),
                    found.Select(n => (n.Node.Id, n.Depth)).OrderBy(p => p.Id, StringComparer.Ordinal));
                Assert.Equal(WholeGraphWalk(id, depth, types), found.Select(n => (n.Node.Id, n.Depth, n.Via.Id, n.FromId)));
            }
        }
    }

    [Fact]
    public async Task Paths_are_the_whole_graphs_shortest_paths()
    {
        var explorer = new GraphExplorer(temp.Store);
        var pairs = entityIds.SelectMany(a => entityIds.Select(b => (a, b))).Where((_, i) => i % 7 == 0);
        var compared = 0;
        foreach (var (from, to) in pairs)
        {
            var paths = (await explorer.PathAsync(from, to, 4))!;

            var expected = WholeGraphShortestPaths(from, to, 4);
            if (expected.Count <= GraphExplorer.MaxPaths)
            {
                Assert.Equal(expected.Order(StringComparer.Ordinal), paths.Select(Describe).Order(StringComparer.Ordinal));
                compared++;
            }
            else
            {
                Assert.Equal(GraphExplorer.MaxPaths, paths.Count);
                Assert.All(paths, p => Assert.Contains(Describe(p), expected));
            }
        }

        Assert.True(compared > 20, $"only {compared} pairs had few enough paths to compare whole");
    }

    [Fact]
    public async Task A_question_reads_only_the_relationships_at_the_nodes_it_walks()
    {
        var recording = new RecordingGraph(temp.Store);
        var explorer = new GraphExplorer(recording);
        var start = entityIds.MaxBy(id => adjacency.GetValueOrDefault(id)?.Count ?? 0)!;

        await explorer.NeighborsAsync(start, 2, null);

        Assert.Equal(1, recording.Finds);
        Assert.Equal(2, recording.Steps.Count);
        Assert.Equal([start], recording.Steps[0]);
        Assert.Equal(
            WholeGraphDistances(start, 1, Semantic).Keys.Order(StringComparer.Ordinal),
            recording.Steps[1].Order(StringComparer.Ordinal));

        recording.Steps.Clear();
        await explorer.FindAsync(start);
        Assert.Equal([[start]], recording.Steps);
        Assert.Equal(2, recording.Finds);

        // Both names of a path are found in one read of the entities.
        await explorer.PathAsync(start, entityIds[0], 4);
        Assert.Equal(3, recording.Finds);
    }

    /// <summary>
    /// The walk as documented: levels in order, each level's nodes in the order of the frontier, and each node's edges by
    /// type, relationship id, then direction (outgoing first); a node is reached by the first edge that gets there.
    /// </summary>
    private List<(string Id, int Depth, string ViaId, string FromId)> WholeGraphWalk(string start, int depth, IReadOnlySet<string> types)
    {
        var walk = new List<(string, int, string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        for (var level = 1; level <= depth; level++)
        {
            var next = new List<string>();
            foreach (var from in frontier)
            {
                var edges = (adjacency.GetValueOrDefault(from) ?? [])
                    .Where(e => types.Contains(e.Via.Type))
                    .OrderBy(e => e.Via.Type, StringComparer.Ordinal)
                    .ThenBy(e => e.Via.Id, StringComparer.Ordinal)
                    .ThenBy(e => e.Via.Start.Id == from ? 0 : 1);
                foreach (var (via, other) in edges)
                {
                    if (seen.Add(other))
                    {
                        walk.Add((other, level, via.Id, from));
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return walk;
    }

    private Dictionary<string, int> WholeGraphDistances(string start, int depth, IReadOnlySet<string> types)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        var frontier = new List<string> { start };
        for (var level = 1; level <= depth; level++)
        {
            frontier = [.. frontier
                .SelectMany(id => adjacency.GetValueOrDefault(id) ?? [])
                .Where(e => types.Contains(e.Via.Type) && distance.TryAdd(e.Other, level))
                .Select(e => e.Other)];
        }

        distance.Remove(start);
        return distance;
    }

    /// <summary>Every shortest path as "node -[rel]- node …", by a walk that only moves one step further from the start.</summary>
    private List<string> WholeGraphShortestPaths(string from, string to, int maxDepth)
    {
        if (from == to)
        {
            return [from];
        }

        var distance = WholeGraphDistances(from, maxDepth, Semantic);
        distance[from] = 0;
        if (!distance.TryGetValue(to, out var length))
        {
            return [];
        }

        var paths = new List<string>();
        Walk(from, from);
        return paths;

        void Walk(string at, string path)
        {
            if (at == to)
            {
                paths.Add(path);
                return;
            }

            foreach (var (via, other) in adjacency.GetValueOrDefault(at) ?? [])
            {
                if (Semantic.Contains(via.Type) && distance.TryGetValue(other, out var d) && d == distance[at] + 1 && d <= length)
                {
                    Walk(other, $"{path} -[{via.Id}]- {other}");
                }
            }
        }
    }

    private static string Describe(GraphPath path) =>
        string.Concat(path.Nodes.Select((n, i) => i == 0 ? n.Id : $" -[{path.Relationships[i - 1].Id}]- {n.Id}"));

    /// <summary>The store, recording what each question asks of it.</summary>
    private sealed class RecordingGraph(IExplorableGraph inner) : IExplorableGraph
    {
        public int Finds { get; private set; }

        public List<string[]> Steps { get; } = [];

        public IAsyncEnumerable<GraphNode> FindEntitiesAsync(Func<string, bool> nameMatches, CancellationToken cancellationToken = default)
        {
            Finds++;
            return inner.FindEntitiesAsync(nameMatches, cancellationToken);
        }

        public IAsyncEnumerable<GraphNode> ReadNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            inner.ReadNodesAsync(ids, cancellationToken);

        public IAsyncEnumerable<GraphRelationship> ReadRelationshipsAtAsync(IReadOnlyCollection<string> ids, IReadOnlySet<string> types, CancellationToken cancellationToken = default)
        {
            Steps.Add([.. ids]);
            return inner.ReadRelationshipsAtAsync(ids, types, cancellationToken);
        }
    }
}
