using System.Buffers;
using System.Net.Sockets;
using Tupu.Bolt.Framing;
using Tupu.Bolt.Handshake;
using Tupu.Bolt.MessageHandling;
using Tupu.Bolt.Messages;
using Tupu.Bolt.PackStream;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Protocol;

/// <summary>
/// One Bolt connection: requests are packed and chunked into an outgoing buffer (<see cref="Enqueue"/>), sent together
/// (<see cref="FlushAsync"/>), and answered through the <see cref="ResponsePipeline"/>. After a FAILURE it sends RESET
/// itself and drains the pipelined IGNOREDs, so the connection is READY again when the caller sees the error.
/// Any I/O error, timeout or cancellation while reading makes it DEFUNCT: the stream position is then unknown.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly Socket _socket;
    private readonly ChunkReader _reader;
    private readonly ArrayBufferWriter<byte> _outgoing = new();
    private readonly ArrayBufferWriter<byte> _message = new();
    private readonly ResponsePipeline _pipeline = new();
    private readonly TimeSpan _readTimeout;
    private PackStreamWriter _packer;

    private BoltConnection(Stream stream, Socket socket, ServerAddress address, BoltVersion version, TimeSpan readTimeout)
    {
        _stream = stream;
        _socket = socket;
        _reader = new ChunkReader(stream);
        Address = address;
        Protocol = new BoltProtocol(version);
        _readTimeout = readTimeout;
        _packer = new PackStreamWriter(_message, Protocol.UtcDateTimeByDefault);
        State = ConnectionState.Connected;
    }

    public ServerAddress Address { get; }

    public BoltProtocol Protocol { get; }

    public ConnectionState State { get; private set; }

    /// <summary>The "server" agent string from HELLO's SUCCESS (for example "Neo4j/5.26.0").</summary>
    public string? ServerAgent { get; private set; }

    public bool IsOpen => State is not (ConnectionState.Defunct or ConnectionState.Disconnected);

    /// <summary>Connects, negotiates the version, and authenticates (HELLO, LOGON from 5.1).</summary>
    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var (stream, socket) = await SocketConnector.ConnectAsync(address, settings.Tls, settings.Config.ConnectionTimeout, cancellationToken).ConfigureAwait(false);
        BoltConnection? connection = null;
        try
        {
            var version = await NegotiateAsync(stream, address, settings.Config.ConnectionTimeout, cancellationToken).ConfigureAwait(false);
            connection = new BoltConnection(stream, socket, address, version, settings.Config.ReadTimeout);
            await connection.InitializeAsync(settings, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    private static async Task<BoltVersion> NegotiateAsync(Stream stream, ServerAddress address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var answer = new byte[4];
        try
        {
            await stream.WriteAsync(BoltHandshake.Request(), cts.Token).ConfigureAwait(false);
            await stream.FlushAsync(cts.Token).ConfigureAwait(false);
            await stream.ReadExactlyAsync(answer, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException($"{address} did not answer the Bolt handshake within {timeout.TotalSeconds:0.#} s.");
        }
        catch (EndOfStreamException ex)
        {
            throw new ServiceUnavailableException($"{address} closed the connection during the Bolt handshake (is it a Bolt port?).", ex);
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            throw new ServiceUnavailableException($"Lost {address} during the Bolt handshake: {ex.Message}", ex);
        }

        return BoltHandshake.ParseResponse(answer);
    }

    private async Task InitializeAsync(ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var handlers = Protocol.Initialization(settings.Config.UserAgent, settings.Auth, settings.RoutingContext).Select(m => Enqueue(m)).ToList();
        foreach (var handler in handlers)
        {
            await ReceiveUntilAsync(handler, cancellationToken).ConfigureAwait(false);
            var success = handler.Result();
            if (handler.Request is HelloMessage)
            {
                ServerAgent = success.Get<string>("server");
                if (success.Get<List<object?>>("patch_bolt")?.Contains("utc") == true)
                {
                    _packer = new PackStreamWriter(_message, utcDateTime: true);
                }
            }
        }
    }

    /// <summary>
    /// Cheap check for an idle connection: a server that closed it (idle timeout, restart) makes the socket readable
    /// with nothing to read. Any unexpected bytes on an idle connection also disqualify it.
    /// </summary>
    public bool LooksAlive()
    {
        try
        {
            return IsOpen && _pipeline.Count == 0 && !_socket.Poll(0, SelectMode.SelectRead);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>Packs a request into the outgoing buffer and queues its handler; nothing is sent until a flush.</summary>
    public ResponseHandler Enqueue(IRequestMessage request, Action<IReadOnlyList<object?>>? onRecord = null)
    {
        ThrowIfClosed();
        _message.ResetWrittenCount();
        request.Write(_packer);
        ChunkWriter.WriteMessage(_message.WrittenSpan, _outgoing);
        var handler = new ResponseHandler(request, onRecord);
        _pipeline.Enqueue(handler);
        if (request is ResetMessage)
        {
            State = ConnectionState.Interrupted;
        }

        return handler;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_outgoing.WrittenCount == 0)
        {
            return;
        }

        try
        {
            await _stream.WriteAsync(_outgoing.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            _outgoing.ResetWrittenCount();
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            throw await FailAsync(ex, cancellationToken).ConfigureAwait(false);
        }
    }

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

    /// <summary>Says GOODBYE when the connection is healthy, then closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsOpen && State != ConnectionState.Connected)
        {
            try
            {
                Enqueue(GoodbyeMessage.Instance);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _stream.WriteAsync(_outgoing.WrittenMemory, cts.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The server may already be gone; GOODBYE is a courtesy.
            }
        }

        State = ConnectionState.Disconnected;
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
