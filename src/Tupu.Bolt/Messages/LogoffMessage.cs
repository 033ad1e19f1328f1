using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>LOGOFF (Bolt 5.1+): drops the authentication, back to the AUTHENTICATION state.</summary>
internal sealed record LogoffMessage : IRequestMessage
{
    public static LogoffMessage Instance { get; } = new();

    public byte Signature => MessageSignature.Logoff;

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, Signature);
}
