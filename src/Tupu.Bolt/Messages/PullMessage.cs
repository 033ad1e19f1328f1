using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>PULL: asks for up to <see cref="N"/> records (-1: all) of the query <see cref="Qid"/> (-1: the last one).</summary>
internal sealed record PullMessage(long N, long Qid = -1) : IRequestMessage
{
    public byte Signature => MessageSignature.Pull;

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Signature);
        WriteStreamExtra(writer, N, Qid);
    }

    /// <summary>Shared by PULL and DISCARD; qid is left out when it means "the last query".</summary>
    internal static void WriteStreamExtra(PackStreamWriter writer, long n, long qid)
    {
        writer.WriteMapHeader(qid == -1 ? 1 : 2);
        writer.Write("n");
        writer.Write(n);
        if (qid != -1)
        {
            writer.Write("qid");
            writer.Write(qid);
        }
    }
}
