namespace Tupu.Bolt;

/// <summary>
/// Base of every error the driver raises. <see cref="Code"/> is the server's status code (Neo.ClientError.…),
/// or a driver code for local failures. Whether it may be retried is decided with the error (<see cref="IsRetriable"/>).
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public string Code { get; }

    /// <summary>True when running the whole transaction function again may succeed.</summary>
    public virtual bool IsRetriable => false;
}
