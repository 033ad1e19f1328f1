using Tupu.Bolt.PackStream;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.PackStream;

public sealed class PackStreamReaderTests
{
    [Theory]
    [InlineData("C8 05", 5L)] // non-minimal encodings are still valid input
    [InlineData("C9 0001", 1L)]
    [InlineData("CA FFFFFFFF", -1L)]
    [InlineData("D0 00", "")]
    [InlineData("D1 0001 61", "a")]
    [InlineData("D2 00000001 62", "b")]
    public void Reads_non_minimal_encodings(string hex, object expected) => Assert.Equal(expected, Hex.Unpack(Hex.Bytes(hex)));

    [Theory]
    [InlineData("C4")]
    [InlineData("C7")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("D7")]
    [InlineData("DB")]
    [InlineData("DC 01 02")] // STRUCT_8 was removed in Bolt 3
    [InlineData("EF")]
    public void Unknown_markers_are_protocol_errors(string hex)
    {
        var ex = Assert.Throws<ProtocolException>(() => Hex.Unpack(Hex.Bytes(hex)));
        Assert.Contains("marker", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("C9 00")]
    [InlineData("CB 00 00 00")]
    [InlineData("C1 3F F1")]
    [InlineData("85 61 62")]
    [InlineData("D2 FFFFFFFF 61")]
    [InlineData("D6 7FFFFFFF")]
    [InlineData("DA FFFFFFFF")]
    [InlineData("92 01")]
    [InlineData("A1 01 02")] // key is not a string
    [InlineData("B3 4E 01 90")]
    public void Truncated_or_inconsistent_input_is_a_protocol_error(string hex) =>
        Assert.Throws<ProtocolException>(() => Hex.Unpack(Hex.Bytes(hex)));

    [Fact]
    public void Deep_nesting_is_refused_before_the_stack_is_at_risk()
    {
        var deep = Enumerable.Repeat((byte)0x91, 100_000).Append((byte)0x01).ToArray();
        Assert.Throws<ProtocolException>(() => Hex.Unpack(deep));

        var ok = Enumerable.Repeat((byte)0x91, PackStreamReader.MaxDepth).Append((byte)0x01).ToArray();
        Assert.IsType<List<object?>>(Hex.Unpack(ok));
    }

    [Fact]
    public void Repeated_map_key_keeps_the_last_value()
    {
        var map = (Dictionary<string, object?>)Hex.Unpack(Hex.Bytes("A2 8161 01 8161 02"))!;
        Assert.Equal(2L, Assert.Single(map).Value);
    }

    [Fact]
    public void Struct_header_reading()
    {
        var reader = new PackStreamReader(Hex.Bytes("B1 70 A0"));
        Assert.Equal((1, (byte)0x70), reader.ReadStructHeader());
        Assert.Equal(new Dictionary<string, object?>(), reader.ReadValue());
        Assert.True(reader.AtEnd);
        Assert.Throws<ProtocolException>(() => new PackStreamReader(Hex.Bytes("91 01")).ReadStructHeader());
    }
}
