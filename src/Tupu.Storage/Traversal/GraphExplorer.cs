using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Traversal;

/// <summary>
/// Answers `tupu show`, `tupu neighbors` and `tupu path` from any <see cref="IGraphStore"/>, without Neo4j.
/// The graph is read once, at the first question, into an in-memory index (a snapshot: create a new explorer to
/// see later writes). Names match any alias in any script, case- and width-insensitively, or an entity id.
/// </summary>
public sealed class GraphExplorer(IGraphStore store)
{
    /// <summary>Shortest-path enumeration stops after this many paths of the shortest length.</summary>
    public const int MaxPaths = 16;

    private readonly SemaphoreSlim loading = new(1, 1);
    private GraphIndex? index;

    /// <summary>The entity card of the best entity matching <paramref name="name"/>, or null when none does.</summary>
    public async Task<EntityCard?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        var graph = await IndexAsync(cancellationToken);
        var matches = graph.Find(name);
        if (matches.Count == 0)
        {
            return null;
        }

        var entity = graph.Node(matches[0])!;
        var groups = graph.Edges(entity.Id)
            .GroupBy(e => (e.Relationship.Type, e.Direction))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Direction)
            .Select(g => new RelationshipGroup(
                g.Key.Type,
                g.Key.Direction,
                [.. g.Select(e => Describe(graph, e))
                    .OrderBy(r => GraphIndex.Text(r.Other, "name") ?? r.Other.Id, StringComparer.Ordinal)
                    .ThenBy(r => r.Relationship.Id, StringComparer.Ordinal)]))
            .ToArray();

        return new EntityCard(
            entity,
            entity.Labels.Count > 0 ? entity.Labels[0] : "",
            GraphIndex.Text(entity, "name") ?? entity.Id,
            [.. GraphIndex.Strings(entity.Properties, "aliases").Order(StringComparer.Ordinal)],
            groups,
            [.. matches.Skip(1)]);
    }

    /// <summary>
    /// Nodes within <paramref name="depth"/> hops of the entity named <paramref name="name"/>, following
    /// relationships either way, nearest first. <paramref name="types"/> (schema names) limits the relationship
    /// types; null means every relationship between entities (MENTIONS and PUBLISHED only when named).
    /// Empty when the name matches nothing (use <see cref="FindAsync"/> to tell that apart).
    /// </summary>
    public async Task<IReadOnlyList<Neighbor>> NeighborsAsync(string name, int depth, IReadOnlySet<string>? types, CancellationToken cancellationToken = default)
    {
        var graph = await IndexAsync(cancellationToken);
        var matches = graph.Find(name);
        if (matches.Count == 0 || depth < 1)
        {
            return [];
        }

        var start = matches[0];
        var found = new List<Neighbor>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            foreach (var from in frontier)
            {
                foreach (var edge in graph.Edges(from).Where(e => Follows(e, types)))
                {
                    if (seen.Add(edge.OtherId) && graph.Node(edge.OtherId) is { } node)
                    {
                        found.Add(new Neighbor(node, level, edge.Relationship, from));
                        next.Add(edge.OtherId);
                    }
                }
            }

            frontier = next;
        }

        return found;
    }

    /// <summary>
    /// The shortest paths (up to <see cref="MaxPaths"/>) of at most <paramref name="maxDepth"/> relationships
    /// between two entities, ignoring direction; MENTIONS and PUBLISHED are followed only when
    /// <paramref name="types"/> names them. Null when either name matches nothing; empty when no path is short enough.
    /// </summary>
    public async Task<IReadOnlyList<GraphPath>?> PathAsync(string from, string to, int maxDepth, IReadOnlySet<string>? types = null, CancellationToken cancellationToken = default)
    {
        var graph = await IndexAsync(cancellationToken);
        var source = graph.Find(from);
        var target = graph.Find(to);
        if (source.Count == 0 || target.Count == 0)
        {
            return null;
        }

        return ShortestPaths.Find(graph, source[0], target[0], maxDepth, e => Follows(e, types), MaxPaths);
    }

    private static bool Follows(GraphEdge edge, IReadOnlySet<string>? types) =>
        types is null
            ? !RelationTypes.TryParse(edge.Relationship.Type, out var type) || type.IsSemantic()
            : types.Contains(edge.Relationship.Type);

    private static CardRelationship Describe(GraphIndex graph, GraphEdge edge)
    {
        var properties = edge.Relationship.Properties;
        var other = graph.Node(edge.OtherId) ?? new GraphNode(edge.OtherId, [], new Dictionary<string, object?>());
        // Claim lists are parallel, one entry per sentence (graph-schema/README.md); the card shows each once.
        IReadOnlyList<string> articleIds = [.. GraphIndex.Strings(properties, "articles").Distinct(StringComparer.Ordinal)];
        if (articleIds.Count == 0 && !GraphIndex.IsEntity(other))
        {
            articleIds = [other.Id];
        }

        var articles = articleIds
            .Select(id => graph.Node(id) is { } article
                ? new ArticleRef(id, GraphIndex.Text(article, "title"), GraphIndex.Text(article, "published"))
                : new ArticleRef(id, null, null))
            .ToArray();
        return new CardRelationship(
            edge.Relationship,
            other,
            properties.GetValueOrDefault("certainty") as string,
            properties.GetValueOrDefault("confidence") is { } confidence ? Convert.ToDouble(confidence, System.Globalization.CultureInfo.InvariantCulture) : null,
            [.. GraphIndex.Strings(properties, "evidence").Distinct(StringComparer.Ordinal)],
            articles);
    }

    private async Task<GraphIndex> IndexAsync(CancellationToken cancellationToken)
    {
        if (index is not null)
        {
            return index;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            return index ??= await GraphIndex.LoadAsync(store, cancellationToken);
        }
        finally
        {
            loading.Release();
        }
    }
}
