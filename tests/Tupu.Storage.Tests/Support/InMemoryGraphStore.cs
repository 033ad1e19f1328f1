using System.Runtime.CompilerServices;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Tests.Support;

/// <summary>
/// A read-only store over given nodes and relationships: lets export tests feed value shapes the SQLite store never
/// produces but another store may (int, float, List&lt;object&gt;, NaN, lone surrogates, several labels).
/// </summary>
internal sealed class InMemoryGraphStore(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships) : IGraphStore
{
    public Task<bool> IsUnchangedAsync(string sourceKey, string contentHash, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Read-only test store.");

    public Task<IReadOnlyList<Entity>> ReadEntitiesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Entity>>([]);

    public async IAsyncEnumerable<GraphNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var node in nodes)
        {
            await Task.Yield();
            yield return node;
        }
    }

    public async IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var relationship in relationships)
        {
            await Task.Yield();
            yield return relationship;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
