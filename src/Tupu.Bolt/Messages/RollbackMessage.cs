using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>ROLLBACK: rolls back the explicit transaction.</summary>
internal sealed record RollbackMessage : IRequestMessage
{
    public static RollbackMessage Instance { get; } = new();

    public byte Signature => MessageSignature.Rollback;

    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, Signature);

    public override string ToString() => "ROLLBACK";
}
