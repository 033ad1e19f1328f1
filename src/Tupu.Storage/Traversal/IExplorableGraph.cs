using Tupu.Domain.Graph;

namespace Tupu.Storage.Traversal;

/// <summary>
/// What exploring a graph reads from its store, so that a question reads the part of the graph it walks and not the
/// whole graph: entities by name, nodes by id, and the relationships at given nodes.
/// </summary>
public interface IExplorableGraph
{
    /// <summary>
    /// The entities (never articles) one of whose names — id, name, English or Chinese name, or any alias —
    /// satisfies <paramref name="nameMatches"/>, in no promised order.
    /// </summary>
    IAsyncEnumerable<GraphNode> FindEntitiesAsync(Func<string, bool> nameMatches, CancellationToken cancellationToken = default);

    /// <summary>The nodes, entities or articles, with these ids; an id nothing has is left out.</summary>
    IAsyncEnumerable<GraphNode> ReadNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every relationship of one of <paramref name="types"/> (schema names) that starts or ends at one of
    /// <paramref name="ids"/>, each once and shaped as <see cref="IGraphStore.ReadRelationshipsAsync"/> shapes it.
    /// </summary>
    IAsyncEnumerable<GraphRelationship> ReadRelationshipsAtAsync(IReadOnlyCollection<string> ids, IReadOnlySet<string> types, CancellationToken cancellationToken = default);
}
