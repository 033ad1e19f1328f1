namespace Tupu.Bolt.Protocol;

/// <summary>
/// The connection states of Neo4j's Bolt server-state specification, as the client sees them (responses are
/// applied in order, so with pipelining the state trails the requests already sent).
/// </summary>
internal enum ConnectionState
{
    /// <summary>No socket, or after GOODBYE / close.</summary>
    Disconnected,

    /// <summary>Handshake done; HELLO not yet acknowledged.</summary>
    Connected,

    /// <summary>The connection broke (I/O error, timeout, protocol violation); it is never reused.</summary>
    Defunct,

    /// <summary>Bolt 5.1+: HELLO accepted, waiting for LOGON (also after LOGOFF).</summary>
    Authentication,

    /// <summary>Idle and authenticated: RUN, BEGIN, ROUTE, RESET, LOGOFF, GOODBYE are allowed.</summary>
    Ready,

    /// <summary>An auto-commit query has results left to PULL or DISCARD.</summary>
    Streaming,

    /// <summary>Inside an explicit transaction, no open result.</summary>
    TxReady,

    /// <summary>Inside an explicit transaction with a result left to PULL or DISCARD.</summary>
    TxStreaming,

    /// <summary>A request failed; everything but RESET (and GOODBYE) is IGNORED until RESET.</summary>
    Failed,

    /// <summary>RESET is on its way; requests sent before it are IGNORED until its SUCCESS.</summary>
    Interrupted,
}
