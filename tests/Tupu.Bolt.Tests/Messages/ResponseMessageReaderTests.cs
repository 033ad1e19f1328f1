using Tupu.Bolt.Messages;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.Messages;

public sealed class ResponseMessageReaderTests
{
    [Fact]
    public void Success_record_ignored()
    {
        var success = Assert.IsType<SuccessMessage>(ResponseMessageReader.Read(Hex.Bytes("B1 70 A1 88 6861735F6D6F7265 C3")));
        Assert.True(success.Get<bool>("has_more"));
        var record = Assert.IsType<RecordMessage>(ResponseMessageReader.Read(Hex.Bytes("B1 71 92 01 C0")));
        Assert.Equal([1L, null], record.Fields);
        Assert.IsType<IgnoredMessage>(ResponseMessageReader.Read(Hex.Bytes("B0 7E")));
    }

    [Fact]
    public void Failure_reads_neo4j_code_first_then_code()
    {
        var gql = Hex.Pack(new Dictionary<string, object?> { ["neo4j_code"] = "Neo.ClientError.A", ["code"] = "Neo.ClientError.B", ["message"] = "m", ["gql_status"] = "42001" });
        var classic = Hex.Pack(new Dictionary<string, object?> { ["code"] = "Neo.ClientError.B", ["message"] = "m" });
        var bare = Hex.Pack(new Dictionary<string, object?> { ["description"] = "d" });
        Assert.Equal(new FailureMessage("Neo.ClientError.A", "m"), ResponseMessageReader.Read(new byte[] { 0xB1, 0x7F }.Concat(gql).ToArray()));
        Assert.Equal(new FailureMessage("Neo.ClientError.B", "m"), ResponseMessageReader.Read(new byte[] { 0xB1, 0x7F }.Concat(classic).ToArray()));
        Assert.Equal(new FailureMessage(FailureMessage.UnknownCode, "d"), ResponseMessageReader.Read(new byte[] { 0xB1, 0x7F }.Concat(bare).ToArray()));
    }

    [Theory]
    [InlineData("B1 70 01")] // SUCCESS without a map
    [InlineData("B1 71 A0")] // RECORD without a list
    [InlineData("B0 70")] // SUCCESS without fields
    [InlineData("B1 10 A0")] // a request signature from the server
    [InlineData("B0 7E 00")] // trailing bytes
    [InlineData("A0")] // not a structure
    public void Malformed_responses_are_protocol_errors(string hex) =>
        Assert.Throws<ProtocolException>(() => ResponseMessageReader.Read(Hex.Bytes(hex)));
}
