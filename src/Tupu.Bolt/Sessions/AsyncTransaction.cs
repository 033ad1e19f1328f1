using Tupu.Bolt.Messages;
using Tupu.Bolt.Protocol;

namespace Tupu.Bolt.Sessions;

/// <summary>
/// An explicit transaction on one connection. A new RUN first buffers the previous result, so results stay readable
/// and the connection serves one stream at a time. A connection lost while COMMIT is in flight is reported as
/// <see cref="CommitOutcomeUnknownException"/>: the server may have committed.
/// </summary>
internal sealed class AsyncTransaction(BoltConnection connection, long fetchSize, Func<AsyncTransaction, string?, ValueTask> onClosed) : IAsyncTransaction
{
    private ResultCursor? _open;
    private TransactionStatus _status = TransactionStatus.Active;

    private enum TransactionStatus
    {
        Active,
        Committed,
        RolledBack,
        Failed,
    }

    public BoltConnection Connection => connection;

    public bool IsOpen => _status == TransactionStatus.Active;

    public bool IsCommitted => _status == TransactionStatus.Committed;

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        EnsureActive();
        try
        {
            if (_open is not null)
            {
                await _open.BufferAsync(cancellationToken).ConfigureAwait(false);
            }

            var run = new RunMessage(query, parameters ?? new Dictionary<string, object?>(), TransactionExtra.Empty);
            _open = await ResultCursor.StartAsync(connection, run, fetchSize, null, cancellationToken).ConfigureAwait(false);
            return _open;
        }
        catch (Neo4jException)
        {
            // The server rolled the transaction back when it failed (and the RESET that followed cleared it).
            await CloseAsync(TransactionStatus.Failed, null).ConfigureAwait(false);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive();
        SuccessMessage success;
        try
        {
            if (_open is not null)
            {
                await _open.BufferAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Neo4jException)
        {
            await CloseAsync(TransactionStatus.Failed, null).ConfigureAwait(false);
            throw;
        }

        try
        {
            success = await connection.RequestAsync(CommitMessage.Instance, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceUnavailableException ex)
        {
            await CloseAsync(TransactionStatus.Failed, null).ConfigureAwait(false);
            throw new CommitOutcomeUnknownException(
                $"The connection to {connection.Address} was lost while committing; the transaction may or may not have been committed. {ex.Message}", ex);
        }
        catch (Neo4jException)
        {
            await CloseAsync(TransactionStatus.Failed, null).ConfigureAwait(false);
            throw;
        }

        await CloseAsync(TransactionStatus.Committed, success.Get<string>("bookmark")).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive();
        try
        {
            await connection.RequestAsync(RollbackMessage.Instance, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await CloseAsync(TransactionStatus.RolledBack, null).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_status != TransactionStatus.Active)
        {
            return;
        }

        if (!connection.IsOpen)
        {
            await CloseAsync(TransactionStatus.Failed, null).ConfigureAwait(false);
            return;
        }

        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Disposing must not throw; a failed rollback leaves the connection DEFUNCT and it is dropped.
        }
    }

    private async ValueTask CloseAsync(TransactionStatus status, string? bookmark)
    {
        if (_status != TransactionStatus.Active)
        {
            return;
        }

        _status = status;
        await onClosed(this, bookmark).ConfigureAwait(false);
    }

    private void EnsureActive()
    {
        if (_status != TransactionStatus.Active)
        {
            throw new ClientException(
                "Tupu.ClientError.TransactionClosed",
                _status == TransactionStatus.Failed
                    ? "The transaction failed earlier and was rolled back by the server; nothing of it was committed."
                    : $"The transaction is already {_status.ToString().ToUpperInvariant()}.");
        }
    }
}
