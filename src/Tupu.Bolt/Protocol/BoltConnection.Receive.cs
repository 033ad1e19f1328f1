using System.Net.Sockets;
using Tupu.Bolt.MessageHandling;
using Tupu.Bolt.Messages;

namespace Tupu.Bolt.Protocol;

/// <summary>Receiving: the read loop, dispatch to the pipeline, RESET after FAILURE, and failing the connection.</summary>
internal sealed partial class BoltConnection
{
    /// <summary>Sends what is buffered, then reads until <paramref name="handler"/> has its answer (and any RESET is done).</summary>
    public async Task ReceiveUntilAsync(ResponseHandler handler, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        while (!handler.IsComplete)
        {
            await ReceiveOneAsync(cancellationToken).ConfigureAwait(false);
        }

        // A failure left a RESET in flight: drain it now so the connection is READY (or DEFUNCT) for the next user.
        while (_pipeline.HasFailure && _pipeline.Count > 0)
        {
            await ReceiveOneAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends and reads until every outstanding request is answered.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        while (_pipeline.Count > 0)
        {
            await ReceiveOneAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends one request and waits for its SUCCESS, throwing its failure.</summary>
    public async Task<SuccessMessage> RequestAsync(IRequestMessage request, CancellationToken cancellationToken)
    {
        var handler = Enqueue(request);
        await ReceiveUntilAsync(handler, cancellationToken).ConfigureAwait(false);
        return handler.Result();
    }

    private void ThrowIfClosed()
    {
        if (!IsOpen)
        {
            // Retriable: whatever was not committed on this connection is gone, so the work can run again elsewhere.
            throw new ServiceUnavailableException($"The connection to {Address} is closed ({State}).");
        }
    }

    private async Task ReceiveOneAsync(CancellationToken cancellationToken)
    {
        ThrowIfClosed();
        byte[] bytes;
        using (var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            cts.CancelAfter(_readTimeout);
            try
            {
                bytes = await _reader.ReadMessageAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw await FailAsync(new TimeoutException($"No message from {Address} within the read timeout of {_readTimeout.TotalSeconds:0.#} s.", ex), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException or Neo4jException)
            {
                throw await FailAsync(ex, cancellationToken).ConfigureAwait(false);
            }
        }

        ResponseHandler? completed;
        try
        {
            completed = _pipeline.Dispatch(ResponseMessageReader.Read(bytes));
        }
        catch (ProtocolException ex)
        {
            throw await FailAsync(ex, cancellationToken).ConfigureAwait(false);
        }

        if (completed is null)
        {
            return;
        }

        var request = completed.Request.Signature;
        if (completed.Success is { } success)
        {
            State = ConnectionStateMachine.OnSuccess(State, request, success, Protocol.UsesLogon);
        }
        else if (!completed.WasIgnored)
        {
            State = ConnectionStateMachine.OnFailure(State);
            if (request is MessageSignature.Reset or MessageSignature.Hello or MessageSignature.Logon or MessageSignature.Goodbye)
            {
                // Nothing recovers a connection whose RESET or authentication failed.
                await FailAsync(completed.Error!, cancellationToken).ConfigureAwait(false);
            }
            else if (State == ConnectionState.Failed)
            {
                // One RESET clears the failure; a RESET already on its way (INTERRUPTED) covers later failures too.
                Enqueue(ResetMessage.Instance);
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Marks the connection DEFUNCT, fails every waiting handler, and returns the error to throw.</summary>
    private async ValueTask<Exception> FailAsync(Exception cause, CancellationToken cancellationToken)
    {
        var error = cause switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => cause,
            Neo4jException neo => neo,
            _ => new ServiceUnavailableException($"Connection to {Address} lost: {cause.Message}", cause),
        };
        State = ConnectionState.Defunct;
        _pipeline.FailAll(error as Neo4jException ?? new ServiceUnavailableException($"Connection to {Address} abandoned: {cause.Message}", cause));
        await _stream.DisposeAsync().ConfigureAwait(false);
        return error;
    }
}
