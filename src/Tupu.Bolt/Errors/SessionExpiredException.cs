namespace Tupu.Bolt;

/// <summary>The cluster member serving the session went away (routing driver); retriable against another member.</summary>
public sealed class SessionExpiredException : Neo4jException
{
    public const string DefaultCode = "Tupu.SessionExpired";

    public SessionExpiredException(string message, Exception? inner = null)
        : base(DefaultCode, message, inner)
    {
    }

    public override bool IsRetriable => true;
}
