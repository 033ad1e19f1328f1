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
    /// <exception cref="ArgumentException">The URI or its scheme is not supported.</exception>
    public static IDriver Driver(string uri, IAuthToken auth, DriverConfig? config = null) =>
        new BoltDriver(BoltUri.Parse(uri), auth, config ?? DriverConfig.Default, TimeProvider.System);
}
