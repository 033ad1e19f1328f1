using System.Buffers;
using System.Buffers.Binary;

namespace Tupu.Bolt.Framing;

/// <summary>
/// Reassembles messages from a stream of chunks, skipping NOOP chunks (00 00 between messages). Reads in blocks and
/// only awaits when the buffer runs dry. End of stream means the peer closed the connection:
/// <see cref="ServiceUnavailableException"/>; a message beyond <see cref="MaxMessageSize"/> is a
/// <see cref="ProtocolException"/>. Nothing else is thrown on any byte sequence.
/// </summary>
internal sealed class ChunkReader(Stream stream, int bufferSize = 8192)
{
    /// <summary>Upper bound of one reassembled message, so a hostile peer cannot make us buffer without end.</summary>
    public const int MaxMessageSize = 256 * 1024 * 1024;

    private readonly byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;

    public async ValueTask<byte[]> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>();
        while (true)
        {
            await EnsureAsync(2, cancellationToken).ConfigureAwait(false);
            var size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            _start += 2;
            if (size == 0)
            {
                if (message.WrittenCount > 0)
                {
                    return message.WrittenSpan.ToArray();
                }

                continue; // NOOP keep-alive between messages.
            }

            if ((long)message.WrittenCount + size > MaxMessageSize)
            {
                throw new ProtocolException($"A message exceeds {MaxMessageSize} bytes.");
            }

            var left = (int)size;
            while (left > 0)
            {
                await EnsureAsync(1, cancellationToken).ConfigureAwait(false);
                var take = Math.Min(left, _end - _start);
                message.Write(_buffer.AsSpan(_start, take));
                _start += take;
                left -= take;
            }
        }
    }

    private ValueTask EnsureAsync(int count, CancellationToken cancellationToken) =>
        _end - _start >= count ? ValueTask.CompletedTask : FillAsync(count, cancellationToken);

    private async ValueTask FillAsync(int count, CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        while (_end < count)
        {
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new ServiceUnavailableException("The server closed the connection.");
            }

            _end += read;
        }
    }
}
