using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>
/// An in-memory snapshot of the graph for traversal: nodes by id, adjacency in both directions (ordered by type then
/// relationship id, so every walk is deterministic) and entity ids by <see cref="AliasKey"/>.
/// </summary>
internal sealed class GraphIndex
{
    private static readonly string[] NameProperties = ["id", "name", "nameEn", "nameZh"];

    private readonly Dictionary<string, GraphNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphEdge>> edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> byAlias = new(StringComparer.Ordinal);

    public static async Task<GraphIndex> LoadAsync(IGraphStore store, CancellationToken ct)
    {
        var index = new GraphIndex();
        await foreach (var node in store.ReadNodesAsync(ct))
        {
            index.nodes[node.Id] = node;
            if (IsEntity(node))
            {
                foreach (var name in Names(node))
                {
                    index.Alias(name, node.Id);
                }
            }
        }

        await foreach (var relationship in store.ReadRelationshipsAsync(ct))
        {
            index.Edge(relationship.Start.Id, new GraphEdge(relationship, RelationshipDirection.Outgoing, relationship.End.Id));
            index.Edge(relationship.End.Id, new GraphEdge(relationship, RelationshipDirection.Incoming, relationship.Start.Id));
        }

        foreach (var list in index.edges.Values)
        {
            list.Sort(CompareEdges);
        }

        return index;
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

    public GraphNode? Node(string id) => nodes.GetValueOrDefault(id);

    public IReadOnlyList<GraphEdge> Edges(string id) => edges.TryGetValue(id, out var list) ? list : [];

    /// <summary>Entity ids whose id, name or any alias has the key of <paramref name="name"/>, best match first.</summary>
    public IReadOnlyList<string> Find(string name)
    {
        if (!byAlias.TryGetValue(AliasKey.Of(name), out var ids))
        {
            return [];
        }

        return [.. ids.OrderBy(id => Rank(id, name)).ThenBy(id => id, StringComparer.Ordinal)];
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

    /// <summary>Exact id first, then a name match over an alias match, then lexicon entities.</summary>
    private int Rank(string id, string name)
    {
        if (string.Equals(id, name, StringComparison.Ordinal))
        {
            return 0;
        }

        var node = nodes[id];
        var key = AliasKey.Of(name);
        var byName = NameProperties.Skip(1).Any(p => Text(node, p) is { } n && string.Equals(AliasKey.Of(n), key, StringComparison.Ordinal));
        var lexicon = string.Equals(Text(node, "source"), "lexicon", StringComparison.Ordinal);
        return 1 + (byName ? 0 : 2) + (lexicon ? 0 : 1);
    }

    private void Alias(string name, string id)
    {
        var key = AliasKey.Of(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!byAlias.TryGetValue(key, out var ids))
        {
            ids = new SortedSet<string>(StringComparer.Ordinal);
            byAlias[key] = ids;
        }

        ids.Add(id);
    }

    private void Edge(string id, GraphEdge edge)
    {
        if (!edges.TryGetValue(id, out var list))
        {
            list = [];
            edges[id] = list;
        }

        list.Add(edge);
    }
}
