using Tupu.Bolt.MessageHandling;
using Tupu.Bolt.Messages;
using Tupu.Bolt.Protocol;

namespace Tupu.Bolt.Sessions;

/// <summary>
/// The records of one RUN. The first PULL is pipelined with RUN; further PULLs of the fetch size are sent when the
/// buffer runs dry and the server said has_more. Reading past the end yields the summary.
/// </summary>
internal sealed class ResultCursor : IResultCursor
{
    private readonly BoltConnection _connection;
    private readonly string _query;
    private readonly long _fetchSize;
    private readonly Action<SuccessMessage>? _onSummary;
    private readonly Queue<IRecord> _records = new();
    private IReadOnlyList<string> _keys = [];
    private long _qid = -1;
    private ResponseHandler? _stream;
    private bool _hasMore;
    private SuccessMessage? _summary;
    private Neo4jException? _error;
    private IRecord? _current;

    private ResultCursor(BoltConnection connection, string query, long fetchSize, Action<SuccessMessage>? onSummary)
    {
        _connection = connection;
        _query = query;
        _fetchSize = fetchSize;
        _onSummary = onSummary;
    }

    /// <summary>Sends RUN and the first PULL together and waits for RUN's answer (its failure is thrown here).</summary>
    public static async Task<ResultCursor> StartAsync(
        BoltConnection connection, RunMessage run, long fetchSize, Action<SuccessMessage>? onSummary, CancellationToken cancellationToken)
    {
        var cursor = new ResultCursor(connection, run.Query, fetchSize, onSummary);
        var runHandler = connection.Enqueue(run);
        cursor._stream = connection.Enqueue(new PullMessage(fetchSize), cursor.OnRecord);
        await connection.ReceiveUntilAsync(runHandler, cancellationToken).ConfigureAwait(false);
        var success = runHandler.Result();
        cursor._keys = (success.Get<List<object?>>("fields") ?? []).OfType<string>().ToList();
        cursor._qid = success.Get<long?>("qid") ?? -1;
        return cursor;
    }

    public IRecord Current => _current ?? throw new InvalidOperationException("Call FetchAsync first.");

    /// <summary>True once the summary arrived or the stream failed.</summary>
    public bool IsFinished => _summary is not null || _error is not null;

    public Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken = default) => Task.FromResult(_keys);

    public async Task<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        while (_records.Count == 0 && !IsFinished)
        {
            await StepAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_records.TryDequeue(out var record))
        {
            _current = record;
            return true;
        }

        ThrowIfFailed();
        return false;
    }

    public async Task<IReadOnlyList<IRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<IRecord>();
        while (await FetchAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(Current);
        }

        return list;
    }

    public async Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _records.Clear();
        while (!IsFinished)
        {
            if (_stream is null && _hasMore)
            {
                // No need to transfer records nobody will read.
                _stream = _connection.Enqueue(new DiscardMessage(-1, _qid));
                _hasMore = false;
            }

            await StepAsync(cancellationToken).ConfigureAwait(false);
            _records.Clear();
        }

        ThrowIfFailed();
        return new ResultSummary(_query, _summary!.Metadata);
    }

    /// <summary>Reads every remaining record into memory, so the connection is free for the next query.</summary>
    public async Task BufferAsync(CancellationToken cancellationToken)
    {
        while (!IsFinished)
        {
            await StepAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One unit of progress: request more, or read answers until the current PULL/DISCARD completes or a record arrives.</summary>
    private async Task StepAsync(CancellationToken cancellationToken)
    {
        if (_stream is null)
        {
            if (!_hasMore)
            {
                throw new InvalidOperationException("The result stream has neither a request in flight nor more records.");
            }

            _stream = _connection.Enqueue(new PullMessage(_fetchSize, _qid), OnRecord);
            _hasMore = false;
        }

        var handler = _stream;
        await _connection.ReceiveUntilAsync(handler, cancellationToken).ConfigureAwait(false);
        _stream = null;
        if (handler.Error is { } error)
        {
            _error = error;
        }
        else if (handler.Success!.Get<bool>("has_more"))
        {
            _hasMore = true;
        }
        else
        {
            _summary = handler.Success;
            _onSummary?.Invoke(handler.Success);
        }
    }

    private void OnRecord(IReadOnlyList<object?> fields) => _records.Enqueue(new Record(_keys, fields));

    private void ThrowIfFailed()
    {
        if (_error is not null)
        {
            throw _error;
        }
    }
}
