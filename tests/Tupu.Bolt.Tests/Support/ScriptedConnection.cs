using System.Buffers;
using System.Net.Sockets;
using Tupu.Bolt.Framing;
using Tupu.Bolt.Messages;
using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Tests.Support;

/// <summary>
/// The server side of one scripted conversation, speaking through the client's own framing and PackStream code.
/// Every Expect checks the next request; a mismatch fails the script, and the test sees it through the server.
/// </summary>
internal sealed class ScriptedConnection(TcpClient client, Stream stream)
{
    /// <summary>Identifies the scripted server in HELLO's SUCCESS; deliberately not a Neo4j agent string.</summary>
    public const string AgentName = "Tupu-ScriptedBoltServer/1.0";

    private readonly Stream _stream = stream;
    private ChunkReader? _reader;

    public byte[] HandshakeRequest { get; } = new byte[20];

    public List<ClientMessage> Received { get; } = [];

    /// <summary>Reads the 20 handshake bytes and answers with <paramref name="answer"/> (4 bytes).</summary>
    public async Task HandshakeAsync(byte[] answer)
    {
        await _stream.ReadExactlyAsync(HandshakeRequest, Timeout());
        await _stream.WriteAsync(answer, Timeout());
        _reader = new ChunkReader(_stream);
    }

    public Task HandshakeAsync(int major, int minor) => HandshakeAsync([0, 0, (byte)minor, (byte)major]);

    /// <summary>Handshake, HELLO and (5.1+) LOGON, all accepted.</summary>
    public async Task<ClientMessage> AcceptHelloAsync(int major = 5, int minor = 4)
    {
        await HandshakeAsync(major, minor);
        var hello = await ExpectAsync(MessageSignature.Hello);
        await SuccessAsync(new() { ["server"] = AgentName, ["connection_id"] = "scripted-1" });
        if (major > 5 || (major == 5 && minor >= 1))
        {
            await ExpectAsync(MessageSignature.Logon);
            await SuccessAsync(new());
        }

        return hello;
    }

    public async Task<ClientMessage> ReceiveAsync()
    {
        var bytes = await _reader!.ReadMessageAsync(Timeout());
        var reader = new PackStreamReader(bytes);
        var (count, signature) = reader.ReadStructHeader();
        var fields = new List<object?>();
        for (var i = 0; i < count; i++)
        {
            fields.Add(reader.ReadValue());
        }

        var message = new ClientMessage(signature, fields);
        Received.Add(message);
        return message;
    }

    public async Task<ClientMessage> ExpectAsync(byte signature)
    {
        var message = await ReceiveAsync();
        if (message.Signature != signature)
        {
            throw new InvalidOperationException($"Script expected {ClientMessage.NameOf(signature)} but the client sent {message}.");
        }

        return message;
    }

    public Task SuccessAsync(Dictionary<string, object?> metadata) => SendAsync(MessageSignature.Success, metadata);

    public Task RecordAsync(params object?[] values) => SendAsync(MessageSignature.Record, values.ToList());

    public Task IgnoredAsync() => SendAsync(MessageSignature.Ignored);

    public Task FailureAsync(string code, string message, bool gqlStyle = false) =>
        SendAsync(MessageSignature.Failure, gqlStyle
            ? new Dictionary<string, object?> { ["neo4j_code"] = code, ["message"] = message, ["gql_status"] = "50N42" }
            : new Dictionary<string, object?> { ["code"] = code, ["message"] = message });

    /// <summary>Sends a message (and, when asked, a NOOP chunk first, as a keep-alive would be).</summary>
    public async Task SendAsync(byte signature, params object?[] fields) => await SendAsync(signature, noopFirst: false, fields);

    public async Task SendAsync(byte signature, bool noopFirst, params object?[] fields)
    {
        var message = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(message);
        writer.WriteStructHeader(fields.Length, signature);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }

        var chunks = new ArrayBufferWriter<byte>();
        if (noopFirst)
        {
            ChunkWriter.WriteEnd(chunks);
        }

        ChunkWriter.WriteMessage(message.WrittenSpan, chunks);
        await _stream.WriteAsync(chunks.WrittenMemory, Timeout());
    }

    /// <summary>Drops the connection without a word, as a crashed server or a cut cable would.</summary>
    public void Drop()
    {
        client.Client.LingerState = new LingerOption(true, 0);
        client.Dispose();
    }

    /// <summary>Waits for GOODBYE or the client closing.</summary>
    public async Task ExpectGoodbyeOrCloseAsync()
    {
        try
        {
            var message = await ReceiveAsync();
            if (message.Signature != MessageSignature.Goodbye)
            {
                throw new InvalidOperationException($"Script expected GOODBYE or close but the client sent {message}.");
            }
        }
        catch (ServiceUnavailableException)
        {
            // Closed without GOODBYE: fine.
        }
        catch (IOException)
        {
            // Reset by the client: fine.
        }
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
}
