using Tupu.Bolt.Protocol;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Pooling;

/// <summary>bolt:// schemes: every connection goes to the one server of the URI.</summary>
internal sealed class DirectConnectionProvider(ServerAddress address, ConnectionSettings settings) : IConnectionProvider
{
    private readonly ConnectionPool _pool = new(address, settings);

    public Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        _pool.AcquireAsync(cancellationToken);

    public ValueTask ReleaseAsync(BoltConnection connection) => _pool.ReleaseAsync(connection);

    public void OnError(BoltConnection connection, Neo4jException error, string? database)
    {
        // One server: nothing to forget.
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
