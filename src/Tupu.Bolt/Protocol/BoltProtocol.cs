using System.Runtime.InteropServices;
using Tupu.Bolt.Handshake;
using Tupu.Bolt.Messages;

namespace Tupu.Bolt.Protocol;

/// <summary>
/// What differs between the agreed versions. 4.4: credentials in HELLO, legacy DateTime unless the server accepts
/// the "utc" patch. 5.0: UTC DateTime, element ids. 5.1+: credentials move to LOGON. 5.3+: bolt_agent in HELLO.
/// </summary>
internal sealed record BoltProtocol(BoltVersion Version)
{
    public bool UsesLogon => Version >= BoltVersion.V5_1;

    public bool SendsBoltAgent => Version >= BoltVersion.V5_3;

    /// <summary>Bolt 5 always uses the UTC DateTime structures; 4.4 only after agreeing the "utc" patch.</summary>
    public bool UtcDateTimeByDefault => Version.Major >= 5;

    /// <summary>The messages that open a session: HELLO, then LOGON from 5.1.</summary>
    public IReadOnlyList<IRequestMessage> Initialization(string userAgent, IAuthToken auth, IReadOnlyDictionary<string, string>? routingContext)
    {
        var hello = new HelloMessage(
            userAgent,
            UsesLogon ? null : auth.ToMap(),
            routingContext,
            SendsBoltAgent ? BoltAgent(userAgent) : null,
            AskUtcPatch: !UtcDateTimeByDefault);
        return UsesLogon ? [hello, new LogonMessage(auth.ToMap())] : [hello];
    }

    private static Dictionary<string, object?> BoltAgent(string userAgent) => new(StringComparer.Ordinal)
    {
        ["product"] = userAgent,
        ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
        ["language"] = $"C#/{Environment.Version}",
        ["language_details"] = RuntimeInformation.FrameworkDescription,
    };
}
