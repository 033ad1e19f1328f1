using System.Text;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.PackStream;

/// <summary>Byte-exact encodings, at every edge where the marker changes.</summary>
public sealed class PackStreamWriterTests
{
    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(127L, "7F")]
    [InlineData(128L, "C90080")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8EF")]
    [InlineData(-128L, "C880")]
    [InlineData(-129L, "C9FF7F")]
    [InlineData(32767L, "C97FFF")]
    [InlineData(32768L, "CA00008000")]
    [InlineData(-32768L, "C98000")]
    [InlineData(-32769L, "CAFFFF7FFF")]
    [InlineData(2147483647L, "CA7FFFFFFF")]
    [InlineData(2147483648L, "CB0000000080000000")]
    [InlineData(-2147483648L, "CA80000000")]
    [InlineData(-2147483649L, "CBFFFFFFFF7FFFFFFF")]
    [InlineData(long.MaxValue, "CB7FFFFFFFFFFFFFFF")]
    [InlineData(long.MinValue, "CB8000000000000000")]
    public void Integers_use_the_smallest_marker(long value, string hex)
    {
        Assert.Equal(hex, Hex.Of(Hex.Pack(value)));
        Assert.Equal(value, Hex.Unpack(Hex.Bytes(hex)));
    }

    [Theory]
    [InlineData(0.0, "C10000000000000000")]
    [InlineData(1.1, "C13FF199999999999A")]
    [InlineData(-1.1, "C1BFF199999999999A")]
    [InlineData(double.PositiveInfinity, "C17FF0000000000000")]
    [InlineData(double.NegativeInfinity, "C1FFF0000000000000")]
    public void Floats_are_8_byte_big_endian(double value, string hex)
    {
        Assert.Equal(hex, Hex.Of(Hex.Pack(value)));
        Assert.Equal(value, Hex.Unpack(Hex.Bytes(hex)));
    }

    [Fact]
    public void NaN_round_trips()
    {
        Assert.Equal("C17FF8000000000000", Hex.Of(Hex.Pack(double.NaN)));
        Assert.True(double.IsNaN((double)Hex.Unpack(Hex.Bytes("C17FF8000000000000"))!));
    }

    [Fact]
    public void Null_and_booleans()
    {
        Assert.Equal("C0", Hex.Of(Hex.Pack((object?)null)));
        Assert.Equal("C3", Hex.Of(Hex.Pack(true)));
        Assert.Equal("C2", Hex.Of(Hex.Pack(false)));
    }

    [Theory]
    [InlineData(0, "80")]
    [InlineData(15, "8F")]
    [InlineData(16, "D010")]
    [InlineData(255, "D0FF")]
    [InlineData(256, "D10100")]
    [InlineData(65535, "D1FFFF")]
    [InlineData(65536, "D200010000")]
    public void String_headers_by_utf8_length(int length, string header)
    {
        var text = new string('a', length);
        var packed = Hex.Pack(text);
        Assert.Equal(header, Hex.Of(packed.AsSpan(0, header.Length / 2)));
        Assert.Equal(header.Length / 2 + length, packed.Length);
        Assert.Equal(text, Hex.Unpack(packed));
    }

    [Fact]
    public void String_length_counts_utf8_bytes_not_characters()
    {
        // 5 CJK characters are 15 UTF-8 bytes (tiny); a 6th makes 18 (8-bit length).
        Assert.Equal("8F" + Hex.Of(Encoding.UTF8.GetBytes("英伟达黄仁")), Hex.Of(Hex.Pack("英伟达黄仁")));
        Assert.Equal("D012" + Hex.Of(Encoding.UTF8.GetBytes("英伟达黄仁勋")), Hex.Of(Hex.Pack("英伟达黄仁勋")));
        Assert.Equal("84F09F9880", Hex.Of(Hex.Pack("😀")));
        Assert.Equal("85C3A9E282AC", Hex.Of(Hex.Pack("é€")));
    }

    [Fact]
    public void Multi_byte_string_at_the_16_bit_edge()
    {
        // 21845 three-byte characters = 65535 bytes; one more ASCII byte crosses to the 32-bit length.
        var text = new string('中', 21845);
        Assert.Equal("D1FFFF", Hex.Of(Hex.Pack(text).AsSpan(0, 3)));
        Assert.Equal("D200010000", Hex.Of(Hex.Pack(text + "a").AsSpan(0, 5)));
        Assert.Equal(text + "a", Hex.Unpack(Hex.Pack(text + "a")));
    }

    [Theory]
    [InlineData(0, "CC00")]
    [InlineData(1, "CC01")]
    [InlineData(255, "CCFF")]
    [InlineData(256, "CD0100")]
    [InlineData(65535, "CDFFFF")]
    [InlineData(65536, "CE00010000")]
    public void Bytes_have_no_tiny_form(int length, string header)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var packed = Hex.Pack(bytes);
        Assert.Equal(header, Hex.Of(packed.AsSpan(0, header.Length / 2)));
        Assert.Equal(bytes, Hex.Unpack(packed));
    }

    [Theory]
    [InlineData(0, "90")]
    [InlineData(15, "9F")]
    [InlineData(16, "D410")]
    [InlineData(255, "D4FF")]
    [InlineData(256, "D50100")]
    [InlineData(65535, "D5FFFF")]
    [InlineData(65536, "D600010000")]
    public void List_headers_by_count(int count, string header)
    {
        var list = Enumerable.Repeat<object?>(1L, count).ToList();
        var packed = Hex.Pack(list);
        Assert.Equal(header, Hex.Of(packed.AsSpan(0, header.Length / 2)));
        Assert.Equal(header.Length / 2 + count, packed.Length);
        Assert.Equal(list, (List<object?>)Hex.Unpack(packed)!);
    }

    [Theory]
    [InlineData(0, "A0")]
    [InlineData(15, "AF")]
    [InlineData(16, "D810")]
    [InlineData(255, "D8FF")]
    [InlineData(256, "D90100")]
    [InlineData(65535, "D9FFFF")]
    [InlineData(65536, "DA00010000")]
    public void Map_headers_by_count(int count, string header)
    {
        var map = Enumerable.Range(0, count).ToDictionary(i => i.ToString("x5", System.Globalization.CultureInfo.InvariantCulture), i => (object?)(long)(i % 100));
        var packed = Hex.Pack(map);
        Assert.Equal(header, Hex.Of(packed.AsSpan(0, header.Length / 2)));
        var back = (Dictionary<string, object?>)Hex.Unpack(packed)!;
        Assert.Equal(count, back.Count);
        Assert.All(map, p => Assert.Equal(p.Value, back[p.Key]));
    }

    [Fact]
    public void Nested_list_and_map_vector()
    {
        var value = new Dictionary<string, object?> { ["a"] = new List<object?> { 1L, "x", null }, ["b"] = new Dictionary<string, object?> { ["c"] = true } };
        const string Expected = "A2 8161 93 01 8178 C0 8162 A1 8163 C3";
        Assert.Equal(Hex.Of(Hex.Bytes(Expected)), Hex.Of(Hex.Pack(value)));
    }

    [Fact]
    public void Structure_header_and_limit()
    {
        Assert.Equal("B14E", Hex.Of(Hex.Pack(w => w.WriteStructHeader(1, 0x4E))));
        Assert.Equal("BF01", Hex.Of(Hex.Pack(w => w.WriteStructHeader(15, 0x01))));
        Assert.Throws<ProtocolException>(() => Hex.Pack(w => w.WriteStructHeader(16, 0x01)));
    }

    [Fact]
    public void Smaller_dotnet_integer_types_pack_as_integers()
    {
        Assert.Equal("C90080", Hex.Of(Hex.Pack(128)));
        Assert.Equal("7F", Hex.Of(Hex.Pack((byte)127)));
        Assert.Equal("C8EF", Hex.Of(Hex.Pack((short)-17)));
        Assert.Equal("CB0000000100000000", Hex.Of(Hex.Pack(4294967296UL)));
    }

    [Fact]
    public void Unsupported_values_are_a_clear_client_error()
    {
        var ex = Assert.Throws<ClientException>(() => Hex.Pack(new object()));
        Assert.Contains("Object", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ClientException>(() => Hex.Pack(ulong.MaxValue));
    }
}
