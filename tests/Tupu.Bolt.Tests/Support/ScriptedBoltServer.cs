using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Tupu.Bolt.Tests.Support;

/// <summary>
/// A Bolt server on loopback that plays one script per accepted connection, in order. It is not Neo4j and never
/// says it is; it exists so the client's conversations can be tested byte for byte without a database.
/// </summary>
internal sealed class ScriptedBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<ScriptedConnection, Task>[] _scripts;
    private readonly List<Task> _running = [];
    private readonly List<ScriptedConnection> _connections = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private readonly X509Certificate2? _certificate;
    private int _accepted;

    public ScriptedBoltServer(params Func<ScriptedConnection, Task>[] scripts)
        : this(null, scripts)
    {
    }

    /// <summary>A server that speaks TLS with <paramref name="certificate"/> before Bolt, when one is given.</summary>
    public ScriptedBoltServer(X509Certificate2? certificate, params Func<ScriptedConnection, Task>[] scripts)
    {
        _certificate = certificate;
        _scripts = scripts;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Address => $"127.0.0.1:{Port}";

    public string Uri(string scheme = "bolt") => $"{scheme}://{Address}";

    public int AcceptedConnections => Volatile.Read(ref _accepted);

    public IReadOnlyList<ScriptedConnection> Connections
    {
        get
        {
            lock (_connections)
            {
                return _connections.ToList();
            }
        }
    }

    /// <summary>Waits for every started script and rethrows the first script failure.</summary>
    public async Task VerifyAsync()
    {
        Task[] running;
        lock (_connections)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).WaitAsync(TimeSpan.FromSeconds(15));
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            client.NoDelay = true; // small scripted writes must not wait for delayed ACKs
            var index = Interlocked.Increment(ref _accepted) - 1;
            lock (_connections)
            {
                _running.Add(index < _scripts.Length
                    ? RunAsync(_scripts[index], client)
                    : Task.FromException(new InvalidOperationException($"Unexpected connection #{index + 1}; the script has {_scripts.Length}.")));
            }
        }
    }

    private async Task RunAsync(Func<ScriptedConnection, Task> script, TcpClient client)
    {
        try
        {
            Stream stream = client.GetStream();
            if (_certificate is not null)
            {
                var ssl = new SslStream(stream);
                await ssl.AuthenticateAsServerAsync(_certificate, clientCertificateRequired: false, checkCertificateRevocation: false);
                stream = ssl;
            }

            var connection = new ScriptedConnection(client, stream);
            lock (_connections)
            {
                _connections.Add(connection);
            }

            await script(connection);
        }
        finally
        {
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
    }
}
