using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>GOODBYE: the client is leaving; the server closes the connection without answering.</summary>
internal sealed record GoodbyeMessage : IRequestMessage
{
    public static GoodbyeMessage Instance { get; } = new();

    public byte Signature => MessageSignature.Goodbye;

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, Signature);

    public override string ToString() => "GOODBYE";
}
