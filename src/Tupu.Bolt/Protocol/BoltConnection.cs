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
internal sealed partial class BoltConnection : IAsyncDisposable
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
