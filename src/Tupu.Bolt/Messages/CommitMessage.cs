using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>COMMIT: commits the explicit transaction; SUCCESS carries the new bookmark.</summary>
internal sealed record CommitMessage : IRequestMessage
{
    public static CommitMessage Instance { get; } = new();

    public byte Signature => MessageSignature.Commit;

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, Signature);

    public override string ToString() => "COMMIT";
}
