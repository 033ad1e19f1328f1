using System.Collections.Concurrent;
using Tupu.Bolt.Protocol;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Pooling;

/// <summary>
/// Idle connections to one server, at most <see cref="DriverConfig.MaxConnectionPoolSize"/> in use or idle at once.
/// Only READY connections come back; anything else is closed rather than repaired.
/// </summary>
internal sealed class ConnectionPool(ServerAddress address, ConnectionSettings settings) : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(settings.Config.MaxConnectionPoolSize, settings.Config.MaxConnectionPoolSize);
    private readonly ConcurrentQueue<BoltConnection> _idle = new();
    private volatile bool _disposed;

    public ServerAddress Address => address;

    public int IdleCount => _idle.Count;

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(settings.Config.ConnectionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ClientException("Tupu.ClientError.PoolExhausted",
                $"All {settings.Config.MaxConnectionPoolSize} connections to {address} stayed busy for {settings.Config.ConnectionTimeout.TotalSeconds:0.#} s.");
        }

        try
        {
            while (_idle.TryDequeue(out var idle))
            {
                if (idle.State == ConnectionState.Ready && idle.LooksAlive())
                {
                    return idle;
                }

                await idle.DisposeAsync().ConfigureAwait(false);
            }

            return await BoltConnection.OpenAsync(address, settings, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        if (!_disposed && connection.State == ConnectionState.Ready)
        {
            _idle.Enqueue(connection);
        }
        else
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        _slots.Release();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var idle))
        {
            await idle.DisposeAsync().ConfigureAwait(false);
        }
    }
}
