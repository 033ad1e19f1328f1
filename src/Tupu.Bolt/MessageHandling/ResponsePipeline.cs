using Tupu.Bolt.Errors;
using Tupu.Bolt.Messages;

namespace Tupu.Bolt.MessageHandling;

/// <summary>
/// The FIFO of handlers for requests sent but not yet answered. The server answers strictly in order, so the head
/// handler takes each response; RECORDs leave it in place, the final answer removes it. Remembers the first FAILURE
/// until a RESET succeeds, because the server IGNOREs everything in between.
/// </summary>
internal sealed class ResponsePipeline
{
    private readonly Queue<ResponseHandler> _handlers = new();
    private Neo4jException? _failure;

    public int Count => _handlers.Count;

    /// <summary>True after a FAILURE until the RESET that clears it succeeds.</summary>
    public bool HasFailure => _failure is not null;

    public void Enqueue(ResponseHandler handler) => _handlers.Enqueue(handler);

    /// <summary>Gives the response to the head handler; returns the handler it completed, or null for a RECORD.</summary>
    public ResponseHandler? Dispatch(IResponseMessage response)
    {
        if (!_handlers.TryPeek(out var head))
        {
            throw new ProtocolException($"The server sent {response.GetType().Name} with no request outstanding.");
        }

        switch (response)
        {
            case RecordMessage record:
                head.OnRecord(record);
                return null;
            case SuccessMessage success:
                head.OnSuccess(success);
                if (head.Request is ResetMessage)
                {
                    _failure = null;
                }

                break;
            case FailureMessage failure:
                var error = ServerErrors.FromFailure(failure.Code, failure.Message);
                _failure ??= error;
                head.OnFailure(error);
                break;
            case IgnoredMessage:
                head.OnIgnored(_failure ?? new ClientException("Tupu.ClientError.Ignored", $"The server ignored {head.Request}."));
                break;
        }

        return _handlers.Dequeue();
    }

    /// <summary>Fails every outstanding handler (the connection is gone).</summary>
    public void FailAll(Neo4jException error)
    {
        while (_handlers.TryDequeue(out var handler))
        {
            handler.OnFailure(error);
        }
    }
}
