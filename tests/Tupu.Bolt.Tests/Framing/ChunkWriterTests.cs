using System.Buffers;
using Tupu.Bolt.Framing;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.Framing;

public sealed class ChunkWriterTests
{
    [Fact]
    public void Small_message_is_one_chunk_and_an_end_marker()
    {
        var output = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(Hex.Bytes("B0 0F"), output);
        Assert.Equal("0002B00F0000", Hex.Of(output.WrittenSpan));
    }

    [Fact]
    public void Message_over_65535_bytes_is_split_into_full_chunks()
    {
        var message = Enumerable.Range(0, 140_000).Select(i => (byte)(i % 251)).ToArray();
        var output = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(message, output);
        var bytes = output.WrittenSpan.ToArray();

        // 65535 + 65535 + 8930 = 140000
        Assert.Equal("FFFF", Hex.Of(bytes.AsSpan(0, 2)));
        Assert.Equal("FFFF", Hex.Of(bytes.AsSpan(2 + 65535, 2)));
        Assert.Equal("22E2", Hex.Of(bytes.AsSpan(4 + (2 * 65535), 2)));
        Assert.Equal("0000", Hex.Of(bytes.AsSpan(bytes.Length - 2)));
        Assert.Equal(140_000 + (3 * 2) + 2, bytes.Length);
        Assert.Equal(message[65534], bytes[2 + 65534]);
        Assert.Equal(message[65535], bytes[4 + 65535]);
    }

    [Fact]
    public void Message_of_exactly_65535_bytes_is_one_chunk()
    {
        var output = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(new byte[65535], output);
        Assert.Equal(65535 + 4, output.WrittenCount);
        Assert.Equal("FFFF", Hex.Of(output.WrittenSpan[..2]));
    }
}
