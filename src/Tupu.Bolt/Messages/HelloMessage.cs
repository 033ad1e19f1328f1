using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>
/// HELLO: opens the session. Which optional parts are present is decided per version in Protocol/; null parts are left out
/// (a null routing context means "no routing", so the key must be absent, not null).
/// </summary>
internal sealed record HelloMessage(
    string UserAgent,
    IReadOnlyDictionary<string, object?>? Auth,
    IReadOnlyDictionary<string, string>? RoutingContext,
    IReadOnlyDictionary<string, object?>? BoltAgent,
    bool AskUtcPatch) : IRequestMessage
{
    public byte Signature => MessageSignature.Hello;

    public void Write(PackStreamWriter writer)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = UserAgent };
        if (Auth is not null)
        {
            foreach (var (key, value) in Auth)
            {
                extra[key] = value;
            }
        }

        if (RoutingContext is not null)
        {
            extra["routing"] = RoutingContext.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        }

        if (BoltAgent is not null)
        {
            extra["bolt_agent"] = BoltAgent;
        }

        if (AskUtcPatch)
        {
            extra["patch_bolt"] = new[] { "utc" };
        }

        writer.WriteStructHeader(1, Signature);
        writer.WriteValue(extra);
    }

    // Never print credentials.
    public override string ToString() => $"HELLO {{user_agent: {UserAgent}, auth: {(Auth is null ? "no" : "yes")}, routing: {RoutingContext is not null}}}";
}
