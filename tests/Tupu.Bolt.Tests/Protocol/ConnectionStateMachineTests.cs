using Tupu.Bolt.Messages;
using Tupu.Bolt.Protocol;

namespace Tupu.Bolt.Tests.Protocol;

public sealed class ConnectionStateMachineTests
{
    private static readonly SuccessMessage Done = new(new Dictionary<string, object?>());
    private static readonly SuccessMessage More = new(new Dictionary<string, object?> { ["has_more"] = true });

    public static TheoryData<string, byte, bool, bool, string> Transitions => new()
    {
        { "Connected", MessageSignature.Hello, false, false, "Ready" },
        { "Connected", MessageSignature.Hello, false, true, "Authentication" },
        { "Authentication", MessageSignature.Logon, false, true, "Ready" },
        { "Ready", MessageSignature.Logoff, false, true, "Authentication" },
        { "Ready", MessageSignature.Run, false, true, "Streaming" },
        { "Streaming", MessageSignature.Pull, true, true, "Streaming" },
        { "Streaming", MessageSignature.Pull, false, true, "Ready" },
        { "Streaming", MessageSignature.Discard, false, true, "Ready" },
        { "Ready", MessageSignature.Begin, false, true, "TxReady" },
        { "TxReady", MessageSignature.Run, false, true, "TxStreaming" },
        { "TxStreaming", MessageSignature.Pull, true, true, "TxStreaming" },
        { "TxStreaming", MessageSignature.Pull, false, true, "TxReady" },
        { "TxReady", MessageSignature.Commit, false, true, "Ready" },
        { "TxReady", MessageSignature.Rollback, false, true, "Ready" },
        { "Interrupted", MessageSignature.Reset, false, true, "Ready" },
        { "Ready", MessageSignature.Route, false, true, "Ready" },
        { "Ready", MessageSignature.Goodbye, false, true, "Disconnected" },
        { "Defunct", MessageSignature.Reset, false, true, "Defunct" },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Success_transitions(string from, byte request, bool hasMore, bool usesLogon, string to) =>
        Assert.Equal(Enum.Parse<ConnectionState>(to), ConnectionStateMachine.OnSuccess(Enum.Parse<ConnectionState>(from), request, hasMore ? More : Done, usesLogon));

    [Theory]
    [InlineData("Ready", "Failed")]
    [InlineData("TxStreaming", "Failed")]
    [InlineData("Interrupted", "Interrupted")]
    [InlineData("Defunct", "Defunct")]
    public void Failure_transitions(string from, string to) =>
        Assert.Equal(Enum.Parse<ConnectionState>(to), ConnectionStateMachine.OnFailure(Enum.Parse<ConnectionState>(from)));
}
