using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>LOGON (Bolt 5.1+): authenticates after HELLO.</summary>
internal sealed record LogonMessage(IReadOnlyDictionary<string, object?> Auth) : IRequestMessage
{
    public byte Signature => MessageSignature.Logon;

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        writer.WriteValue(Auth);
    }

    // Never print credentials.
    public override string ToString() => "LOGON {…}";
}
