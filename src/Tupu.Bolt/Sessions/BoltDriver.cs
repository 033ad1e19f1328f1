using Tupu.Bolt.Pooling;
using Tupu.Bolt.Protocol;
using Tupu.Bolt.Retry;
using Tupu.Bolt.Routing;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Sessions;

/// <summary>The driver: a connection provider (direct or routing) and the retry policy shared by its sessions.</summary>
internal sealed class BoltDriver : IDriver
{
    private readonly IConnectionProvider _provider;
    private readonly RetryLogic _retry;
    private readonly DriverConfig _config;

    public BoltDriver(BoltUri uri, IAuthToken auth, DriverConfig config, TimeProvider clock)
    {
        _config = config;
        var settings = new ConnectionSettings(auth, config, uri.Tls, uri.Routing ? uri.RoutingContext : null);
        _provider = uri.Routing
            ? new RoutingConnectionProvider(uri.Address, settings, clock)
            : new DirectConnectionProvider(uri.Address, settings);
        _retry = new RetryLogic(config.MaxTransactionRetryTime, config.RetryInitialDelay, clock);
    }

    public IAsyncSession AsyncSession(Action<SessionConfigBuilder>? configure = null)
    {
        var builder = new SessionConfigBuilder();
        configure?.Invoke(builder);
        return new AsyncSession(_provider, _retry, builder, _config);
    }

    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _provider.AcquireAsync(AccessMode.Read, null, [], cancellationToken).ConfigureAwait(false);
        await _provider.ReleaseAsync(connection).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
