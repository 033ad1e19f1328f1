using Tupu.Bolt.Handshake;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.Handshake;

public sealed class BoltHandshakeTests
{
    [Fact]
    public void Offers_5_8_down_to_5_0_as_one_range_then_4_4()
    {
        Assert.Equal("6060B017" + "00080805" + "00000404" + "00000000" + "00000000", Hex.Of(BoltHandshake.Request()));
    }

    [Theory]
    [InlineData("00000805", 5, 8)]
    [InlineData("00000005", 5, 0)]
    [InlineData("00000405", 5, 4)]
    [InlineData("00000404", 4, 4)]
    public void Accepts_any_offered_version(string answer, int major, int minor) =>
        Assert.Equal(new BoltVersion(major, minor), BoltHandshake.ParseResponse(Hex.Bytes(answer)));

    [Fact]
    public void No_common_version_is_a_clear_error()
    {
        var ex = Assert.Throws<ProtocolException>(() => BoltHandshake.ParseResponse(Hex.Bytes("00000000")));
        Assert.Contains("none of the offered Bolt versions", ex.Message, StringComparison.Ordinal);
        Assert.Contains("4.4", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.IsRetriable);
    }

    [Fact]
    public void An_http_port_is_named_as_such() =>
        Assert.Contains("HTTP", Assert.Throws<ProtocolException>(() => BoltHandshake.ParseResponse("HTTP"u8)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("00000304")] // 4.3 was not offered
    [InlineData("00000905")] // 5.9 was not offered
    [InlineData("00000006")]
    [InlineData("01000404")]
    public void A_version_that_was_not_offered_is_refused(string answer) =>
        Assert.Throws<ProtocolException>(() => BoltHandshake.ParseResponse(Hex.Bytes(answer)));
}
