using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Writes several articles in order; each is stored whole or not at all, and one article's failure (reported in
    /// its <see cref="WriteAttempt"/>) does not stop the others. A store may group them into fewer transactions.
    /// </summary>
    async Task<IReadOnlyList<WriteAttempt>> WriteManyAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var attempts = new List<WriteAttempt>(batches.Count);
        foreach (var batch in batches)
        {
            try
            {
                attempts.Add(new WriteAttempt(batch, await WriteAsync(batch, cancellationToken).ConfigureAwait(false), null));
            }
            catch (TupuException error)
            {
                attempts.Add(new WriteAttempt(batch, null, error));
            }
        }

        return attempts;
    }

    /// <summary>Every entity stored so far (with learned aliases), so resolution of later articles extends the same nodes.</summary>
    Task<IReadOnlyList<Entity>> ReadEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The entities of <see cref="ReadEntitiesAsync"/> one at a time, in no promised order, so a large store need not be
    /// held in memory whole (an ingest reads them into its catalog this way). Stores that can read row by row do so;
    /// others list them first.
    /// </summary>
    async IAsyncEnumerable<Entity> StreamEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var entity in await ReadEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return entity;
        }
    }

    /// <summary>All nodes, ordered by label then id (deterministic, for export).</summary>
    IAsyncEnumerable<GraphNode> ReadNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>All relationships, ordered by type then id (deterministic, for export).</summary>
    IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default);
}
