namespace Tupu.Bolt;

/// <summary>The server refused the credentials. Never retried: retrying only risks locking the account.</summary>
public sealed class AuthenticationException : ClientException
{
    public AuthenticationException(string code, string message, Exception? inner = null)
        : base(code, message, inner)
    {
    }

    public override bool IsRetriable => false;
}
