namespace Tupu.Bolt;

/// <summary>A causal chain of transactions (bookmarks are passed on from one to the next).</summary>
public interface IAsyncSession : IAsyncDisposable
{
    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying the whole function on retriable errors.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying the whole function on retriable errors.</summary>
    Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs one auto-commit query (not retried).</summary>
    Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Begins an explicit transaction (not retried).</summary>
    Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks of the last committed transaction.</summary>
    IReadOnlyList<string> LastBookmarks { get; }
}
