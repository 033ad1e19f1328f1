using Tupu.Bolt.Sessions;
using Tupu.Bolt.Transport;

namespace Tupu.Bolt;

/// <summary>Entry point, as in the official driver.</summary>
public static class GraphDatabase
{
    /// <summary>
    /// Creates a driver for <paramref name="uri"/>: bolt://host:port (one server) or neo4j://host:port (routing; cluster
    /// or Aura), each with +s (TLS, certificate verified) or +ssc (TLS, self-signed accepted). Connects lazily.
    /// </summary>
    /// <exception cref="ArgumentException">The URI or its scheme is not supported, or a setting is out of range.</exception>
    public static IDriver Driver(string uri, IAuthToken auth, DriverConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(auth);
        config ??= DriverConfig.Default;
        if (config.MaxConnectionPoolSize < 1 || (config.FetchSize < 1 && config.FetchSize != -1)
            || config.ConnectionTimeout <= TimeSpan.Zero || config.ReadTimeout <= TimeSpan.Zero
            || config.MaxTransactionRetryTime < TimeSpan.Zero || config.RetryInitialDelay < TimeSpan.Zero)
        {
            throw new ArgumentException(
                "DriverConfig out of range: pool size ≥ 1, fetch size ≥ 1 or -1 (all), positive timeouts, non-negative retry times.", nameof(config));
        }

        return new BoltDriver(BoltUri.Parse(uri), auth, config, TimeProvider.System);
    }
}
