using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>
/// The part of a stored graph one question has read: nodes by id and, for every node it has expanded, the relationships
/// at that node of the types the question follows, ordered by type then relationship id (so every walk is
/// deterministic). It grows one step of a walk at a time, so a question reads what it walks, not the whole graph.
/// </summary>
internal sealed class GraphNeighborhood(IExplorableGraph store, IReadOnlySet<string> types)
{
    private static readonly string[] NameProperties = ["id", "name", "nameEn", "nameZh"];

    private readonly Dictionary<string, GraphNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphEdge>> edges = new(StringComparer.Ordinal);

    public GraphNode? Node(string id) => nodes.GetValueOrDefault(id);

    /// <summary>The relationships at a node that <see cref="ExpandAsync"/> has expanded.</summary>
    public IReadOnlyList<GraphEdge> Edges(string id) =>
        edges.TryGetValue(id, out var list) ? list : throw new InvalidOperationException($"'{id}' was not expanded.");

    /// <summary>
    /// For each of <paramref name="names"/>, the ids of the entities whose id, name or any alias has the name's key,
    /// best match first; all are found in one read of the store, and the entities join the neighbourhood.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> FindAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var keys = names.Select(AliasKey.Of).ToArray();
        var wanted = keys.Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var matches = keys.Select(_ => new List<GraphNode>()).ToArray();
        if (wanted.Count > 0)
        {
            await foreach (var node in store.FindEntitiesAsync(n => wanted.Contains(AliasKey.Of(n)), cancellationToken))
            {
                nodes[node.Id] = node;
                var nodeKeys = Names(node).Select(AliasKey.Of).ToHashSet(StringComparer.Ordinal);
                for (var i = 0; i < keys.Length; i++)
                {
                    if (nodeKeys.Contains(keys[i]))
                    {
                        matches[i].Add(node);
                    }
                }
            }
        }

        return [.. matches.Select((found, i) => (IReadOnlyList<string>)[.. found
            .OrderBy(n => Rank(n, names[i], keys[i]))
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => n.Id)])];
    }

    /// <summary>Reads the relationships at those of <paramref name="ids"/> not expanded yet, and the nodes at their other ends.</summary>
    public async Task ExpandAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var expanding = ids.Where(id => !edges.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        if (expanding.Count == 0)
        {
            return;
        }

        foreach (var id in expanding)
        {
            edges[id] = [];
        }

        var reached = new HashSet<string>(expanding, StringComparer.Ordinal);
        await foreach (var relationship in store.ReadRelationshipsAtAsync(expanding, types, cancellationToken))
        {
            foreach (var (at, edge) in GraphEdge.AtBothEnds(relationship))
            {
                // Only at the nodes being expanded: a node expanded earlier already has its relationships.
                if (expanding.Contains(at))
                {
                    edges[at].Add(edge);
                }

                reached.Add(at);
            }
        }

        foreach (var id in expanding)
        {
            edges[id].Sort(CompareEdges);
        }

        await LoadAsync(reached, cancellationToken);
    }

    /// <summary>
    /// One level of a breadth-first walk: the nodes one relationship away from <paramref name="frontier"/> that are not
    /// in <paramref name="seen"/>, each with the edge that reaches it first in walk order (the frontier's order, then
    /// each node's edge order, as <see cref="Edges"/> sorts them), in that order. The level's relationships stream past
    /// and only each new node's first edge is kept, so a level that reaches most of the graph holds its nodes, not all
    /// of its relationships. The nodes reached join the neighbourhood.
    /// </summary>
    public async Task<IReadOnlyList<(GraphEdge Edge, string FromId)>> StepAsync(IReadOnlyList<string> frontier, IReadOnlySet<string> seen, CancellationToken cancellationToken)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in frontier)
        {
            position.TryAdd(id, position.Count);
        }

        var first = new Dictionary<string, (int Position, string FromId, GraphEdge Edge)>(StringComparer.Ordinal);
        await foreach (var relationship in store.ReadRelationshipsAtAsync(position.Keys, types, cancellationToken))
        {
            foreach (var (at, edge) in GraphEdge.AtBothEnds(relationship))
            {
                Offer(at, edge);
            }
        }

        var reached = first.Values.ToList();
        reached.Sort(CompareReaches);
        await LoadAsync(reached.Select(r => r.Edge.OtherId), cancellationToken);
        return [.. reached.Select(r => (r.Edge, r.FromId))];

        void Offer(string from, GraphEdge edge)
        {
            if (!position.TryGetValue(from, out var at) || seen.Contains(edge.OtherId))
            {
                return;
            }

            var reach = (at, from, edge);
            if (!first.TryGetValue(edge.OtherId, out var best) || CompareReaches(reach, best) < 0)
            {
                first[edge.OtherId] = reach;
            }
        }
    }

    /// <summary>Reads the nodes of <paramref name="ids"/> that the neighbourhood does not hold yet.</summary>
    public async Task LoadAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !nodes.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        await foreach (var node in store.ReadNodesAsync(missing, cancellationToken))
        {
            nodes[node.Id] = node;
        }
    }

    public static bool IsEntity(GraphNode node) => !node.Labels.Contains(Labels.Article, StringComparer.Ordinal);

    public static string? Text(GraphNode node, string property) =>
        node.Properties.GetValueOrDefault(property) as string;

    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> properties, string property) =>
        properties.GetValueOrDefault(property) switch
        {
            string one => [one],
            IEnumerable<object?> many => [.. many.OfType<object>().Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")],
            _ => [],
        };

    private static IEnumerable<string> Names(GraphNode node) =>
        NameProperties.SelectMany(p => Strings(node.Properties, p)).Concat(Strings(node.Properties, "aliases")).Append(node.Id);

    private static int CompareReaches((int Position, string FromId, GraphEdge Edge) a, (int Position, string FromId, GraphEdge Edge) b)
    {
        var byPosition = a.Position.CompareTo(b.Position);
        return byPosition != 0 ? byPosition : CompareEdges(a.Edge, b.Edge);
    }

    private static int CompareEdges(GraphEdge a, GraphEdge b)
    {
        var byType = string.CompareOrdinal(a.Relationship.Type, b.Relationship.Type);
        if (byType != 0)
        {
            return byType;
        }

        var byId = string.CompareOrdinal(a.Relationship.Id, b.Relationship.Id);
        return byId != 0 ? byId : a.Direction.CompareTo(b.Direction);
    }

    /// <summary>Exact id first, then a name match over an alias match, then lexicon entities.</summary>
    private static int Rank(GraphNode node, string name, string key)
    {
        if (string.Equals(node.Id, name, StringComparison.Ordinal))
        {
            return 0;
        }

        var byName = NameProperties.Skip(1).Any(p => Text(node, p) is { } n && string.Equals(AliasKey.Of(n), key, StringComparison.Ordinal));
        var lexicon = string.Equals(Text(node, "source"), "lexicon", StringComparison.Ordinal);
        return 1 + (byName ? 0 : 2) + (lexicon ? 0 : 1);
    }
}
