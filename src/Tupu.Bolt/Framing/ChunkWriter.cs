using System.Buffers;
using System.Buffers.Binary;

namespace Tupu.Bolt.Framing;

/// <summary>
/// Splits a message into chunks of at most <see cref="MaxChunkSize"/> bytes, each behind a 2-byte big-endian length,
/// and ends it with the empty chunk 00 00.
/// </summary>
internal static class ChunkWriter
{
    public const int MaxChunkSize = ushort.MaxValue;

    public static void WriteMessage(ReadOnlySpan<byte> message, IBufferWriter<byte> output, int maxChunkSize = MaxChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunkSize, MaxChunkSize);
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkSize);
            var span = output.GetSpan(size + 2);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            output.Advance(size + 2);
            message = message[size..];
        }

        WriteEnd(output);
    }

    /// <summary>An empty chunk: ends a message, or on its own is a NOOP keep-alive.</summary>
    public static void WriteEnd(IBufferWriter<byte> output)
    {
        output.GetSpan(2)[..2].Clear();
        output.Advance(2);
    }
}
