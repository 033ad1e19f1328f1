namespace Tupu.Bolt;

/// <summary>
/// No server could be reached, or the connection broke before the transaction was committed. Retriable: nothing
/// of an uncommitted transaction survives a broken connection.
/// </summary>
public class ServiceUnavailableException : Neo4jException
{
    public const string DefaultCode = "Tupu.ServiceUnavailable";

    public ServiceUnavailableException(string message, Exception? inner = null)
        : this(DefaultCode, message, inner)
    {
    }

    protected ServiceUnavailableException(string code, string message, Exception? inner)
        : base(code, message, inner)
    {
    }

    public override bool IsRetriable => true;
}
