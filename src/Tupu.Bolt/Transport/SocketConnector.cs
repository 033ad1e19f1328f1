using System.Net.Security;
using System.Net.Sockets;

namespace Tupu.Bolt.Transport;

/// <summary>Opens TCP (and TLS, per scheme) to one server within the connect timeout.</summary>
internal static class SocketConnector
{
    public static async Task<(Stream Stream, Socket Socket)> ConnectAsync(ServerAddress address, TlsMode tls, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutCts.CancelAfter(timeout);
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(address.Host, address.Port, timeoutCts.Token).ConfigureAwait(false);
            Stream stream = client.GetStream();
            if (tls != TlsMode.None)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                var options = new SslClientAuthenticationOptions { TargetHost = address.Host };
                if (tls == TlsMode.TrustAny)
                {
                    options.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
                }

                await ssl.AuthenticateAsClientAsync(options, timeoutCts.Token).ConfigureAwait(false);
                stream = ssl;
            }

            return (stream, client.Client);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new ServiceUnavailableException($"Could not connect to {address} within {timeout.TotalSeconds:0.#} s.");
        }
        catch (System.Security.Authentication.AuthenticationException ex)
        {
            client.Dispose();
            throw new SecurityException(
                $"TLS with {address} failed: {ex.Message} (use a +ssc scheme only for a server with a self-signed certificate you trust).", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            client.Dispose();
            throw new ServiceUnavailableException($"Could not connect to {address}: {ex.Message}", ex);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
