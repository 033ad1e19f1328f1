using System.Net.Sockets;
using Tupu.Bolt.Handshake;
using Tupu.Bolt.Messages;
using Tupu.Bolt.PackStream;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Protocol;

/// <summary>Opening: TCP/TLS, version negotiation, HELLO and LOGON.</summary>
internal sealed partial class BoltConnection
{
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
}
