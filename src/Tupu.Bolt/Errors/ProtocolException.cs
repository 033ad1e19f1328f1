namespace Tupu.Bolt;

/// <summary>
/// The bytes on the wire broke the Bolt or PackStream rules (bad marker, truncated value, unexpected message,
/// no common protocol version). This is the one exception the PackStream and chunk readers throw on bad input.
/// </summary>
public sealed class ProtocolException : Neo4jException
{
    public const string DefaultCode = "Tupu.ProtocolError";

    public ProtocolException(string message, Exception? inner = null)
        : base(DefaultCode, message, inner)
    {
    }
}
