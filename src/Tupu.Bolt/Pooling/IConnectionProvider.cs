using Tupu.Bolt.Protocol;

namespace Tupu.Bolt.Pooling;

/// <summary>Hands out authenticated connections: one server (bolt://) or the right cluster member (neo4j://).</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    ValueTask ReleaseAsync(BoltConnection connection);

    /// <summary>Learns from an error seen on a connection (a routing driver forgets servers that failed or stopped leading).</summary>
    void OnError(BoltConnection connection, Neo4jException error, string? database);
}
