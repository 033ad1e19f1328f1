using Tupu.Bolt.Messages;

namespace Tupu.Bolt.Protocol;

/// <summary>The transitions of <see cref="ConnectionState"/> for each answer, per the server-state specification.</summary>
internal static class ConnectionStateMachine
{
    public static ConnectionState OnSuccess(ConnectionState state, byte request, SuccessMessage success, bool usesLogon)
    {
        if (state is ConnectionState.Defunct or ConnectionState.Disconnected)
        {
            return state;
        }

        return request switch
        {
            MessageSignature.Hello => usesLogon ? ConnectionState.Authentication : ConnectionState.Ready,
            MessageSignature.Logon => ConnectionState.Ready,
            MessageSignature.Logoff => ConnectionState.Authentication,
            MessageSignature.Reset => ConnectionState.Ready,
            MessageSignature.Begin => ConnectionState.TxReady,
            MessageSignature.Commit or MessageSignature.Rollback => ConnectionState.Ready,
            MessageSignature.Run => state is ConnectionState.TxReady or ConnectionState.TxStreaming ? ConnectionState.TxStreaming : ConnectionState.Streaming,
            MessageSignature.Pull or MessageSignature.Discard when success.Get<bool>("has_more") => state,
            MessageSignature.Pull or MessageSignature.Discard => state == ConnectionState.TxStreaming ? ConnectionState.TxReady : ConnectionState.Ready,
            MessageSignature.Goodbye => ConnectionState.Disconnected,
            _ => state,
        };
    }

    /// <summary>A FAILURE moves to FAILED, except while a RESET is already on its way.</summary>
    public static ConnectionState OnFailure(ConnectionState state) =>
        state is ConnectionState.Interrupted or ConnectionState.Defunct or ConnectionState.Disconnected ? state : ConnectionState.Failed;
}
