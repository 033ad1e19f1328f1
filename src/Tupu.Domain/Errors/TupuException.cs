namespace Tupu.Domain;

/// <summary>The project's defined exception: every expected failure carries a code from <see cref="ErrorCode"/>.</summary>
public sealed class TupuException : Exception
{
    public TupuException(ErrorCode code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public ErrorCode Code { get; }

    /// <summary>"T104" style code printed to users.</summary>
    public string CodeText => $"T{(int)Code:000}";
}
