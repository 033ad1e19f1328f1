namespace Tupu.Bolt;

/// <summary>The server rejected the request (Neo.ClientError.*): fix the request, do not retry it.</summary>
public class ClientException : Neo4jException
{
    public ClientException(string code, string message, Exception? inner = null)
        : base(code, message, inner)
    {
    }

    /// <summary>
    /// True only for cluster role changes: the member stopped being the leader or the database turned read-only
    /// for this member, so the same work succeeds against the new writer.
    /// </summary>
    public override bool IsRetriable => Code switch
    {
        "Neo.ClientError.Cluster.NotALeader" => true,
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" => true,
        _ => false,
    };
}
