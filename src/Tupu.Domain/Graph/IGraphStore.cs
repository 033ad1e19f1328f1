using Tupu.Domain.Entities;

namespace Tupu.Domain.Graph;

/// <summary>
/// Where the graph lives: the embedded SQLite store or Neo4j. One <see cref="WriteAsync"/> is one transaction:
/// an article is stored whole or not at all, and writing the same batch twice changes nothing.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>True when an article from <paramref name="sourceKey"/> with this content hash is already stored (ingest can skip it).</summary>
    Task<bool> IsUnchangedAsync(string sourceKey, string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Writes one article's contributions in one transaction, following <see cref="GraphBatch"/>'s merge rules.</summary>
    Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Every entity stored so far (with learned aliases), so resolution of later articles extends the same nodes.</summary>
    Task<IReadOnlyList<Entity>> ReadEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>All nodes, ordered by label then id (deterministic, for export).</summary>
    IAsyncEnumerable<GraphNode> ReadNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>All relationships, ordered by type then id (deterministic, for export).</summary>
    IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default);
}
