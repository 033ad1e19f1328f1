namespace Tupu.Bolt;

/// <summary>Credentials sent in HELLO (Bolt &lt; 5.1) or LOGON (Bolt ≥ 5.1). Never printed: ToString hides secrets.</summary>
public interface IAuthToken
{
    /// <summary>The auth map sent to the server (scheme, principal, credentials).</summary>
    IReadOnlyDictionary<string, object?> ToMap();
}
