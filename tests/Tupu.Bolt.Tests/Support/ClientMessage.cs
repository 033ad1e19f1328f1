using Tupu.Bolt.Messages;

namespace Tupu.Bolt.Tests.Support;

/// <summary>A request as the scripted server received it: signature and decoded fields.</summary>
internal sealed record ClientMessage(byte Signature, IReadOnlyList<object?> Fields)
{
    public IReadOnlyDictionary<string, object?> MapField(int index) => (IReadOnlyDictionary<string, object?>)Fields[index]!;

    public static string NameOf(byte signature) => signature switch
    {
        MessageSignature.Hello => "HELLO",
        MessageSignature.Goodbye => "GOODBYE",
        MessageSignature.Reset => "RESET",
        MessageSignature.Run => "RUN",
        MessageSignature.Begin => "BEGIN",
        MessageSignature.Commit => "COMMIT",
        MessageSignature.Rollback => "ROLLBACK",
        MessageSignature.Discard => "DISCARD",
        MessageSignature.Pull => "PULL",
        MessageSignature.Route => "ROUTE",
        MessageSignature.Logon => "LOGON",
        MessageSignature.Logoff => "LOGOFF",
        _ => $"0x{signature:X2}",
    };

    public override string ToString() => NameOf(Signature);
}
