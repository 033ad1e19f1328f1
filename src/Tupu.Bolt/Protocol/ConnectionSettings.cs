using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Protocol;

/// <summary>Everything needed to open and authenticate a connection; a null routing context means a direct driver.</summary>
internal sealed record ConnectionSettings(IAuthToken Auth, DriverConfig Config, TlsMode Tls, IReadOnlyDictionary<string, string>? RoutingContext);
