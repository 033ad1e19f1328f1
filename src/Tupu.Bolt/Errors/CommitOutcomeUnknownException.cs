namespace Tupu.Bolt;

/// <summary>
/// The connection broke while COMMIT was on its way: the transaction may or may not have been committed.
/// Reported, never retried, because a retry could apply the same writes twice.
/// </summary>
public sealed class CommitOutcomeUnknownException : ServiceUnavailableException
{
    public const string CommitUnknownCode = "Tupu.CommitOutcomeUnknown";

    public CommitOutcomeUnknownException(string message, Exception? inner = null)
        : base(CommitUnknownCode, message, inner)
    {
    }

    public override bool IsRetriable => false;
}
