using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Messages;

/// <summary>RUN: a query with its parameters; <see cref="Extra"/> is empty inside an explicit transaction.</summary>
internal sealed record RunMessage(string Query, IReadOnlyDictionary<string, object?> Parameters, TransactionExtra Extra) : IRequestMessage
{
    public byte Signature => MessageSignature.Run;

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(3, Signature);
        writer.Write(Query);
        writer.WriteValue(Parameters);
        writer.WriteValue(Extra.ToMap());
    }

    public override string ToString() => $"RUN {Query}";
}
