using System.Collections.Concurrent;
using Tupu.Bolt.Messages;
using Tupu.Bolt.Pooling;
using Tupu.Bolt.Protocol;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Routing;

/// <summary>
/// neo4j:// schemes: asks a router for the routing table (ROUTE), refreshes it when its ttl runs out or a role has
/// no members left, and hands out connections to a writer (or reader) of the table, round robin.
/// </summary>
internal sealed class RoutingConnectionProvider(ServerAddress seed, ConnectionSettings settings, TimeProvider clock) : IConnectionProvider
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private int _roundRobin;

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var table = await TableAsync(mode, database, bookmarks, cancellationToken).ConfigureAwait(false);
        var candidates = mode == AccessMode.Write ? table.Writers : table.Readers;
        if (candidates.Count == 0)
        {
            throw new SessionExpiredException($"The routing table of database '{database ?? "(default)"}' has no {(mode == AccessMode.Write ? "writer" : "reader")}.");
        }

        var start = Interlocked.Increment(ref _roundRobin);
        ServiceUnavailableException? last = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var address = candidates[(int)((uint)(start + i) % candidates.Count)];
            try
            {
                return await Pool(address).AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException ex)
            {
                Forget(address);
                last = ex;
            }
        }

        throw new SessionExpiredException($"No {(mode == AccessMode.Write ? "writer" : "reader")} of the routing table could be reached.", last);
    }

    public ValueTask ReleaseAsync(BoltConnection connection) => Pool(connection.Address).ReleaseAsync(connection);

    public void OnError(BoltConnection connection, Neo4jException error, string? database)
    {
        if (error is ServiceUnavailableException or SessionExpiredException)
        {
            Forget(connection.Address);
        }
        else if (error.Code is "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")
        {
            // The member stopped leading: stop writing to it until a fresh table says otherwise.
            if (_tables.TryGetValue(Key(database), out var table))
            {
                _tables.TryUpdate(Key(database), table.ForgetWriter(connection.Address), table);
            }
        }
    }

    /// <summary>The current table for <paramref name="database"/>, fetched again when stale.</summary>
    internal async Task<RoutingTable> TableAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var key = Key(database);
        if (_tables.TryGetValue(key, out var table) && !table.IsStale(clock.GetUtcNow(), mode))
        {
            return table;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStale(clock.GetUtcNow(), mode))
            {
                return table;
            }

            var fresh = await FetchAsync(table?.Routers ?? [], database, bookmarks, cancellationToken).ConfigureAwait(false);
            _tables[key] = fresh;
            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<RoutingTable> FetchAsync(IReadOnlyList<ServerAddress> known, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        // Known routers first, then the URI's address: it may be a load balancer that always finds a member.
        var routers = known.Append(seed).Distinct().ToList();
        Neo4jException? last = null;
        foreach (var router in routers)
        {
            var pool = Pool(router);
            BoltConnection? connection = null;
            try
            {
                connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
                var success = await connection.RequestAsync(new RouteMessage(settings.RoutingContext ?? new Dictionary<string, string>(), bookmarks, database), cancellationToken)
                    .ConfigureAwait(false);
                var rt = success.Get<Dictionary<string, object?>>("rt") ?? throw new ProtocolException("ROUTE answered without a routing table.");
                return RoutingTable.FromRouteResponse(rt, clock.GetUtcNow());
            }
            catch (Neo4jException ex) when (ex is ServiceUnavailableException or SessionExpiredException or TransientException)
            {
                last = ex;
            }
            finally
            {
                if (connection is not null)
                {
                    await pool.ReleaseAsync(connection).ConfigureAwait(false);
                }
            }
        }

        throw new ServiceUnavailableException($"No router answered with a routing table (tried {string.Join(", ", routers)}).", last);
    }

    private void Forget(ServerAddress address)
    {
        foreach (var (key, table) in _tables)
        {
            _tables.TryUpdate(key, table.Forget(address), table);
        }
    }

    private ConnectionPool Pool(ServerAddress address) => _pools.GetOrAdd(address, a => new ConnectionPool(a, settings));

    private static string Key(string? database) => database ?? string.Empty;

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        _refresh.Dispose();
    }
}
