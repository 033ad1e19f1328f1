namespace Tupu.Bolt;

/// <summary>TLS could not be established or the server's certificate was not trusted. Not retried.</summary>
public sealed class SecurityException : Neo4jException
{
    public const string DefaultCode = "Tupu.Security";

    public SecurityException(string message, Exception? inner = null)
        : base(DefaultCode, message, inner)
    {
    }
}
