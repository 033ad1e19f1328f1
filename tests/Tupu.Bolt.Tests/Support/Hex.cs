using System.Buffers;
using Tupu.Bolt.PackStream;

namespace Tupu.Bolt.Tests.Support;

/// <summary>Hex helpers for byte-exact vectors ("C9 00 80" style, spaces ignored).</summary>
internal static class Hex
{
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    public static byte[] Pack(object? value, bool utc = true)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer, utc).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Pack(Action<PackStreamWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new PackStreamWriter(buffer));
        return buffer.WrittenSpan.ToArray();
    }

    public static object? Unpack(byte[] bytes)
    {
        var reader = new PackStreamReader(bytes);
        var value = reader.ReadValue();
        Assert.True(reader.AtEnd, "bytes left after the value");
        return value;
    }
}
