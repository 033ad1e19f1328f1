using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>DISCARD: drops up to <see cref="N"/> records (-1: all) of the query <see cref="Qid"/> but still yields the summary.</summary>
internal sealed record DiscardMessage(long N, long Qid = -1) : IRequestMessage
{
    public byte Signature => MessageSignature.Discard;

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        PullMessage.WriteStreamExtra(writer, N, Qid);
    }
}
