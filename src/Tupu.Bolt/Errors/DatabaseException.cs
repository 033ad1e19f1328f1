namespace Tupu.Bolt;

/// <summary>The server failed internally (Neo.DatabaseError.*, or a code this driver does not know).</summary>
public sealed class DatabaseException : Neo4jException
{
    public DatabaseException(string code, string message, Exception? inner = null)
        : base(code, message, inner)
    {
    }
}
