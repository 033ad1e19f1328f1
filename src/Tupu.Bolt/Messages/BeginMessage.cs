using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>BEGIN: opens an explicit transaction.</summary>
internal sealed record BeginMessage(TransactionExtra Extra) : IRequestMessage
{
    public byte Signature => MessageSignature.Begin;

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        writer.WriteValue(Extra.ToMap());
    }
}
