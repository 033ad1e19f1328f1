using Tupu.Bolt.Messages;

namespace Tupu.Bolt.MessageHandling;

/// <summary>
/// Receives the answer to one request: any RECORDs, then exactly one SUCCESS, FAILURE or IGNORED.
/// An IGNORED carries the failure that caused it, so every pipelined caller sees the real reason.
/// </summary>
internal sealed class ResponseHandler(IRequestMessage request, Action<IReadOnlyList<object?>>? onRecord = null)
{
    public IRequestMessage Request { get; } = request;

    public SuccessMessage? Success { get; private set; }

    public Neo4jException? Error { get; private set; }

    public bool WasIgnored { get; private set; }

    public bool IsComplete => Success is not null || Error is not null;

    public void OnRecord(RecordMessage record)
    {
        if (onRecord is null)
        {
            throw new ProtocolException($"The server sent a RECORD in answer to {Request}.");
        }

        onRecord(record.Fields);
    }

    public void OnSuccess(SuccessMessage success) => Success = success;

    public void OnFailure(Neo4jException error) => Error = error;

    public void OnIgnored(Neo4jException cause)
    {
        WasIgnored = true;
        Error = cause;
    }

    /// <summary>The SUCCESS metadata, or the failure as an exception.</summary>
    public SuccessMessage Result() =>
        Success ?? throw (Error ?? new ProtocolException($"No answer yet to {Request}."));
}
