using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Traversal;

/// <summary>
/// Answers `tupu show`, `tupu neighbors` and `tupu path` from any <see cref="IExplorableGraph"/>, without Neo4j.
/// Each question reads from the store the entities its names match and then, one step of its walk at a time, the
/// relationships at the nodes it reaches, so its cost follows the part of the graph it walks, not the store's size.
/// Names match any alias in any script, case- and width-insensitively, or an entity id.
/// </summary>
public sealed class GraphExplorer(IExplorableGraph store)
{
    /// <summary>Shortest-path enumeration stops after this many paths of the shortest length.</summary>
    public const int MaxPaths = 16;

    /// <summary>Every relationship type of the schema: an entity card shows them all.</summary>
    private static readonly IReadOnlySet<string> AllTypes =
        RelationTypes.All.Select(t => t.SchemaName()).ToHashSet(StringComparer.Ordinal);

    /// <summary>What a walk follows when not told: relationships between entities, not MENTIONS or PUBLISHED.</summary>
    private static readonly IReadOnlySet<string> SemanticTypes =
        RelationTypes.All.Where(t => t.IsSemantic()).Select(t => t.SchemaName()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The entity card of the best entity matching <paramref name="name"/>, or null when none does.</summary>
    public async Task<EntityCard?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        var graph = new GraphNeighborhood(store, AllTypes);
        var matches = (await graph.FindAsync([name], cancellationToken))[0];
        if (matches.Count == 0)
        {
            return null;
        }

        var entity = graph.Node(matches[0])!;
        await graph.ExpandAsync([entity.Id], cancellationToken);
        var edges = graph.Edges(entity.Id);
        // The articles a claim's evidence comes from, for their titles and dates.
        await graph.LoadAsync(edges.SelectMany(e => GraphNeighborhood.Strings(e.Relationship.Properties, "articles")), cancellationToken);
        var groups = edges
            .GroupBy(e => (e.Relationship.Type, e.Direction))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Direction)
            .Select(g => new RelationshipGroup(
                g.Key.Type,
                g.Key.Direction,
                [.. g.Select(e => Describe(graph, e))
                    .OrderBy(r => GraphNeighborhood.Text(r.Other, "name") ?? r.Other.Id, StringComparer.Ordinal)
                    .ThenBy(r => r.Relationship.Id, StringComparer.Ordinal)]))
            .ToArray();

        return new EntityCard(
            entity,
            entity.Labels.Count > 0 ? entity.Labels[0] : "",
            GraphNeighborhood.Text(entity, "name") ?? entity.Id,
            [.. GraphNeighborhood.Strings(entity.Properties, "aliases").Order(StringComparer.Ordinal)],
            groups,
            [.. matches.Skip(1)]);
    }

    /// <summary>
    /// Nodes within <paramref name="depth"/> hops of the entity named <paramref name="name"/>, following
    /// relationships either way, nearest first. <paramref name="types"/> (schema names) limits the relationship
    /// types; null means every relationship between entities (MENTIONS and PUBLISHED only when named).
    /// Null when the name matches nothing.
    /// </summary>
    public async Task<IReadOnlyList<Neighbor>?> NeighborsAsync(string name, int depth, IReadOnlySet<string>? types, CancellationToken cancellationToken = default)
    {
        var graph = new GraphNeighborhood(store, types ?? SemanticTypes);
        var matches = (await graph.FindAsync([name], cancellationToken))[0];
        if (matches.Count == 0)
        {
            return null;
        }

        var start = matches[0];
        var found = new List<Neighbor>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new List<string> { start };
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            foreach (var (edge, from) in await graph.StepAsync(frontier, seen, cancellationToken))
            {
                if (seen.Add(edge.OtherId) && graph.Node(edge.OtherId) is { } node)
                {
                    found.Add(new Neighbor(node, level, edge.Relationship, from));
                    next.Add(edge.OtherId);
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
        var graph = new GraphNeighborhood(store, types ?? SemanticTypes);
        var found = await graph.FindAsync([from, to], cancellationToken);
        var (source, target) = (found[0], found[1]);
        if (source.Count == 0 || target.Count == 0)
        {
            return null;
        }

        return await ShortestPaths.FindAsync(graph, source[0], target[0], maxDepth, MaxPaths, cancellationToken);
    }

    private static CardRelationship Describe(GraphNeighborhood graph, GraphEdge edge)
    {
        var properties = edge.Relationship.Properties;
        var other = graph.Node(edge.OtherId) ?? new GraphNode(edge.OtherId, [], new Dictionary<string, object?>());
        // Claim lists are parallel, one entry per sentence (graph-schema/README.md); the card shows each once.
        IReadOnlyList<string> articleIds = [.. GraphNeighborhood.Strings(properties, "articles").Distinct(StringComparer.Ordinal)];
        if (articleIds.Count == 0 && !GraphNeighborhood.IsEntity(other))
        {
            articleIds = [other.Id];
        }

        var articles = articleIds
            .Select(id => graph.Node(id) is { } article
                ? new ArticleRef(id, GraphNeighborhood.Text(article, "title"), GraphNeighborhood.Text(article, "published"))
                : new ArticleRef(id, null, null))
            .ToArray();
        return new CardRelationship(
            edge.Relationship,
            other,
            properties.GetValueOrDefault("certainty") as string,
            properties.GetValueOrDefault("confidence") is { } confidence ? Convert.ToDouble(confidence, System.Globalization.CultureInfo.InvariantCulture) : null,
            [.. GraphNeighborhood.Strings(properties, "evidence").Distinct(StringComparer.Ordinal)],
            articles);
    }
}
