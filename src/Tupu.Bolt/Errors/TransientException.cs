namespace Tupu.Bolt;

/// <summary>A temporary server condition (Neo.TransientError.*), such as a deadlock or an unavailable database.</summary>
public sealed class TransientException : Neo4jException
{
    public TransientException(string code, string message, Exception? inner = null)
        : base(code, message, inner)
    {
    }

    /// <summary>
    /// Transient except when the transaction was stopped on purpose (terminated by a user or an admin, or its lock
    /// client stopped): running it again would override that decision.
    /// </summary>
    public override bool IsRetriable => Code switch
    {
        "Neo.TransientError.Transaction.Terminated" => false,
        "Neo.TransientError.Transaction.LockClientStopped" => false,
        _ => true,
    };
}
