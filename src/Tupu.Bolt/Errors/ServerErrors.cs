namespace Tupu.Bolt.Errors;

/// <summary>Turns a server FAILURE (status code + message) into the matching exception class.</summary>
internal static class ServerErrors
{
    public static Neo4jException FromFailure(string code, string message)
    {
        if (code.StartsWith("Neo.ClientError.Security.Unauthorized", StringComparison.Ordinal)
            || code.StartsWith("Neo.ClientError.Security.AuthenticationRateLimit", StringComparison.Ordinal))
        {
            return new AuthenticationException(code, message);
        }

        if (code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
        {
            return new ClientException(code, message);
        }

        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            return new TransientException(code, message);
        }

        return new DatabaseException(code, message);
    }
}
