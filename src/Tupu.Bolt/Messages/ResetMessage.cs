using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>RESET: abandons whatever is running or failed and returns the connection to READY.</summary>
internal sealed record ResetMessage : IRequestMessage
{
    public static ResetMessage Instance { get; } = new();

    public byte Signature => MessageSignature.Reset;

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, Signature);

    public override string ToString() => "RESET";
}
