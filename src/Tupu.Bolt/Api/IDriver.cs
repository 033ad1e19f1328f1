namespace Tupu.Bolt;

/// <summary>
/// A connection pool to one Neo4j DBMS (or cluster, for neo4j:// URIs), shaped like the official driver's IDriver
/// so it could be swapped for it. Create with GraphDatabase.Driver(uri, auth, config).
/// </summary>
public interface IDriver : IAsyncDisposable
{
    /// <summary>Opens a session (cheap; connections are taken from the pool when work runs).</summary>
    IAsyncSession AsyncSession(Action<SessionConfigBuilder>? configure = null);

    /// <summary>Connects once and authenticates, throwing a <see cref="Neo4jException"/> subclass when that fails.</summary>
    Task VerifyConnectivityAsync(CancellationToken cancellationToken = default);
}
