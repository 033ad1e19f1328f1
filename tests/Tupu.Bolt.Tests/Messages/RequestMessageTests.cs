using System.Buffers;
using Tupu.Bolt.Messages;
using Tupu.Bolt.PackStream;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.Messages;

/// <summary>Byte-exact request messages.</summary>
public sealed class RequestMessageTests
{
    private static string Bytes(IRequestMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>();
        message.Write(new PackStreamWriter(buffer));
        return Hex.Of(buffer.WrittenSpan);
    }

    [Fact]
    public void Messages_without_fields()
    {
        Assert.Equal("B00F", Bytes(ResetMessage.Instance));
        Assert.Equal("B002", Bytes(GoodbyeMessage.Instance));
        Assert.Equal("B012", Bytes(CommitMessage.Instance));
        Assert.Equal("B013", Bytes(RollbackMessage.Instance));
        Assert.Equal("B06B", Bytes(LogoffMessage.Instance));
    }

    [Fact]
    public void Pull_and_discard_with_n_and_qid()
    {
        Assert.Equal("B13FA1816EC90100", Bytes(new PullMessage(256)));
        Assert.Equal("B13FA2816EFF83716964C90100", Bytes(new PullMessage(-1, 256)));
        Assert.Equal("B12FA1816EFF", Bytes(new DiscardMessage(-1)));
    }

    [Fact]
    public void Run_with_parameters_and_db()
    {
        var run = new RunMessage("RETURN $x", new Dictionary<string, object?> { ["x"] = 1L }, TransactionExtra.Empty with { Database = "db" });
        Assert.Equal(Hex.Of(Hex.Bytes("B3 10 89 52455455524E202478 A1 8178 01 A1 826462 826462")), Bytes(run));
    }

    [Fact]
    public void Begin_extra_leaves_out_defaults_and_writes_read_mode()
    {
        Assert.Equal("B111A0", Bytes(new BeginMessage(TransactionExtra.Empty)));
        var extra = new TransactionExtra(["b1"], TimeSpan.FromMilliseconds(0.2), new Dictionary<string, object?>(), ReadMode: true, null).ToMap();
        Assert.Equal(1L, extra["tx_timeout"]); // rounded up, never "no timeout"
        Assert.Equal("r", extra["mode"]);
    }

    [Fact]
    public void Route_carries_context_bookmarks_and_db()
    {
        var route = new RouteMessage(new Dictionary<string, string> { ["address"] = "h:1" }, ["b"], "neo4j");
        Assert.Equal(Hex.Of(Hex.Bytes("B3 66 A1 87 61646472657373 83 683A31 91 8162 A1 826462 85 6E656F346A")), Bytes(route));
    }

    [Fact]
    public void Hello_leaves_out_absent_parts_and_never_prints_credentials()
    {
        var auth = AuthTokens.Basic("u", "pw").ToMap();
        var hello = new HelloMessage("tupu/1.0", auth, null, null, AskUtcPatch: false);
        var reader = new PackStreamReader(Hex.Bytes(Bytes(hello)));
        Assert.Equal((1, MessageSignature.Hello), reader.ReadStructHeader());
        var extra = (Dictionary<string, object?>)reader.ReadValue()!;
        Assert.Equal(["user_agent", "scheme", "principal", "credentials"], extra.Keys);
        Assert.DoesNotContain("pw", hello.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pw", new LogonMessage(auth).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pw", AuthTokens.Basic("u", "pw").ToString(), StringComparison.Ordinal);
    }
}
