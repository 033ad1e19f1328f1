using System.Runtime.CompilerServices;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Tests.Neo4j;

/// <summary>A read-only in-memory source for push tests (a test double of the embedded store's read side).</summary>
internal sealed class ListGraphStore(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships) : IGraphStore
{
    public Task<bool> IsUnchangedAsync(string sourceKey, string contentHash, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("A push source is only read.");

    public Task<IReadOnlyList<Entity>> ReadEntitiesAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Entity>>([]);

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
