using Tupu.Bolt;

namespace Tupu.Storage.Tests.Neo4j;

/// <summary>
/// A test double of <see cref="IDriver"/> (not Neo4j): records every query with its parameters and the transaction it
/// ran in, and answers with scripted records and counters. It executes no Cypher.
/// </summary>
internal sealed class RecordingDriver : IDriver
{
    private int transactions;

    public List<RecordedQuery> Queries { get; } = [];

    public List<RecordedTransaction> Transactions { get; } = [];

    public List<string?> Databases { get; } = [];

    /// <summary>Answers a query; the default answers nothing with zero counters.</summary>
    public Func<RecordedQuery, ScriptedResult> Respond { get; set; } = _ => ScriptedResult.Empty;

    /// <summary>How many times ExecuteWrite/ExecuteRead try a function that throws a retriable error (as the real driver would).</summary>
    public int MaxAttempts { get; set; } = 1;

    public bool Disposed { get; private set; }

    public IAsyncSession AsyncSession(Action<SessionConfigBuilder>? configure = null)
    {
        var builder = new SessionConfigBuilder();
        configure?.Invoke(builder);
        Databases.Add(builder.Database);
        return new Session(this);
    }

    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }

    public IEnumerable<RecordedQuery> Named(string statementName) =>
        Queries.Where(q => string.Equals(q.Text, Tupu.Storage.Neo4j.Neo4jStatements.Get(statementName).Text, StringComparison.Ordinal));

    private IResultCursor Run(RecordedTransaction? transaction, string query, IReadOnlyDictionary<string, object?>? parameters)
    {
        var recorded = new RecordedQuery(transaction, query, parameters ?? new Dictionary<string, object?>());
        Queries.Add(recorded);
        return new Cursor(Respond(recorded));
    }

    private async Task<T> ExecuteAsync<T>(string mode, Func<IAsyncQueryRunner, Task<T>> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            var transaction = new RecordedTransaction(++transactions, mode);
            Transactions.Add(transaction);
            try
            {
                var result = await work(new Runner(this, transaction));
                transaction.Committed = true;
                return result;
            }
            catch (Neo4jException e) when (e.IsRetriable && attempt < MaxAttempts)
            {
                transaction.RolledBack = true;
            }
            catch
            {
                transaction.RolledBack = true;
                throw;
            }
        }
    }

    private sealed class Session(RecordingDriver driver) : IAsyncSession
    {
        public IReadOnlyList<string> LastBookmarks => [];

        public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
            driver.ExecuteAsync("write", work);

        public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
            driver.ExecuteAsync("read", work);

        public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(driver.Run(null, query, parameters));

        public Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("Tupu's storage uses transaction functions only.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Runner(RecordingDriver driver, RecordedTransaction transaction) : IAsyncQueryRunner
    {
        public Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(driver.Run(transaction, query, parameters));
    }

    private sealed class Cursor(ScriptedResult result) : IResultCursor
    {
        private int index = -1;

        public IRecord Current => result.Records[index];

        public Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken = default) => Task.FromResult(result.Keys);

        public Task<bool> FetchAsync(CancellationToken cancellationToken = default)
        {
            if (result.Error is { } error)
            {
                throw error;
            }

            index++;
            return Task.FromResult(index < result.Records.Count);
        }

        public async Task<IReadOnlyList<IRecord>> ToListAsync(CancellationToken cancellationToken = default)
        {
            var list = new List<IRecord>();
            while (await FetchAsync(cancellationToken))
            {
                list.Add(Current);
            }

            return list;
        }

        public Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default) =>
            result.Error is { } error ? throw error : Task.FromResult<IResultSummary>(new Summary(result.Counters));
    }

    private sealed record Summary(ICounters Counters) : IResultSummary
    {
        public string Query => string.Empty;

        public string? Database => null;
    }
}

/// <summary>One query the <see cref="RecordingDriver"/> saw; <see cref="Transaction"/> is null for auto-commit.</summary>
internal sealed record RecordedQuery(RecordedTransaction? Transaction, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>The <c>$rows</c> parameter as a list of maps.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows =>
        Parameters.TryGetValue("rows", out var rows) && rows is System.Collections.IEnumerable list
            ? [.. list.Cast<IReadOnlyDictionary<string, object?>>()]
            : [];
}

/// <summary>One transaction function attempt.</summary>
internal sealed class RecordedTransaction(int number, string mode)
{
    public int Number => number;

    public string Mode => mode;

    public bool Committed { get; set; }

    public bool RolledBack { get; set; }
}
