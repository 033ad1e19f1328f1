using Tupu.Bolt.Messages;
using Tupu.Bolt.Pooling;
using Tupu.Bolt.Protocol;
using Tupu.Bolt.Retry;

namespace Tupu.Bolt.Sessions;

/// <summary>
/// A chain of work on borrowed connections: each transaction (or auto-commit result) holds one connection until it
/// ends, and passes its bookmark on to the next. Transaction functions are retried whole by <see cref="RetryLogic"/>.
/// </summary>
internal sealed class AsyncSession(IConnectionProvider provider, RetryLogic retry, SessionConfigBuilder config, DriverConfig driverConfig) : IAsyncSession
{
    private readonly long _fetchSize = config.FetchSize ?? driverConfig.FetchSize;
    private IReadOnlyList<string> _bookmarks = config.Bookmarks;
    private BoltConnection? _autoCommitConnection;
    private ResultCursor? _autoCommitCursor;

    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, configure, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, configure, cancellationToken);

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        await ReleaseAutoCommitAsync(cancellationToken).ConfigureAwait(false);
        var connection = await provider.AcquireAsync(AccessMode.Write, config.Database, _bookmarks, cancellationToken).ConfigureAwait(false);
        _autoCommitConnection = connection;
        try
        {
            var extra = new TransactionExtra(_bookmarks, null, new Dictionary<string, object?>(), false, config.Database);
            var run = new RunMessage(query, parameters ?? new Dictionary<string, object?>(), extra);
            _autoCommitCursor = await ResultCursor.StartAsync(connection, run, _fetchSize, OnSummary, cancellationToken).ConfigureAwait(false);
            return _autoCommitCursor;
        }
        catch (Neo4jException ex)
        {
            provider.OnError(connection, ex, config.Database);
            await ReleaseAutoCommitAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        await BeginAsync(AccessMode.Write, configure, cancellationToken).ConfigureAwait(false);

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken) =>
        retry.RunAsync(
            async ct =>
            {
                await using var tx = await BeginAsync(mode, configure, ct).ConfigureAwait(false);
                try
                {
                    var result = await work(tx).ConfigureAwait(false);
                    if (!tx.IsCommitted)
                    {
                        // Throws when the work swallowed an error that killed the transaction: never report lost writes as done.
                        await tx.CommitAsync(ct).ConfigureAwait(false);
                    }

                    return result;
                }
                catch (Neo4jException ex)
                {
                    provider.OnError(tx.Connection, ex, config.Database);
                    throw;
                }
            },
            cancellationToken);

    private async Task<AsyncTransaction> BeginAsync(AccessMode mode, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken)
    {
        await ReleaseAutoCommitAsync(cancellationToken).ConfigureAwait(false);
        var txConfig = new TransactionConfigBuilder();
        configure?.Invoke(txConfig);
        var connection = await provider.AcquireAsync(mode, config.Database, _bookmarks, cancellationToken).ConfigureAwait(false);
        try
        {
            var extra = new TransactionExtra(_bookmarks, txConfig.Timeout, txConfig.Metadata, mode == AccessMode.Read, config.Database);
            await connection.RequestAsync(new BeginMessage(extra), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (ex is Neo4jException neo)
            {
                provider.OnError(connection, neo, config.Database);
            }

            await provider.ReleaseAsync(connection).ConfigureAwait(false);
            throw;
        }

        return new AsyncTransaction(connection, _fetchSize, async (tx, bookmark) =>
        {
            if (bookmark is not null)
            {
                _bookmarks = [bookmark];
            }

            await provider.ReleaseAsync(tx.Connection).ConfigureAwait(false);
        });
    }

    private void OnSummary(SuccessMessage success)
    {
        if (success.Get<string>("bookmark") is { } bookmark)
        {
            _bookmarks = [bookmark];
        }
    }

    /// <summary>Finishes the open auto-commit result (keeping its records readable) and returns its connection.</summary>
    private async Task ReleaseAutoCommitAsync(CancellationToken cancellationToken)
    {
        if (_autoCommitConnection is not { } connection)
        {
            return;
        }

        try
        {
            if (_autoCommitCursor is { IsFinished: false } cursor && connection.IsOpen)
            {
                await cursor.BufferAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Neo4jException)
        {
            // The error stays with the cursor and is thrown to whoever reads it.
        }
        finally
        {
            _autoCommitConnection = null;
            _autoCommitCursor = null;
            await provider.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await ReleaseAutoCommitAsync(CancellationToken.None).ConfigureAwait(false);
}
