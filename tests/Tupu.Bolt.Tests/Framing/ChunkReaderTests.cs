using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using Tupu.Bolt.Framing;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.Framing;

public sealed class ChunkReaderTests
{
    [Fact]
    public async Task Noop_chunks_between_messages_are_skipped()
    {
        var reader = new ChunkReader(new MemoryStream(Hex.Bytes("0000 0002 AABB 0001 CC 0000 0000 0000 0001 DD 0000")));
        Assert.Equal("AABBCC", Hex.Of(await reader.ReadMessageAsync(CancellationToken.None)));
        Assert.Equal("DD", Hex.Of(await reader.ReadMessageAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task End_of_stream_means_the_server_closed()
    {
        var reader = new ChunkReader(new MemoryStream(Hex.Bytes("0003 AABB")));
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => reader.ReadMessageAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Large_message_written_by_the_writer_reads_back_through_a_trickling_stream()
    {
        var message = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        var output = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(message, output);
        var reader = new ChunkReader(new TricklingStream(output.WrittenSpan.ToArray(), 777), bufferSize: 1024);
        Assert.Equal(message, await reader.ReadMessageAsync(CancellationToken.None));
    }

    [Fact]
    public void Any_messages_round_trip_through_any_chunk_size_and_noops() =>
        Prop.ForAll(
                ArbMap.Default.ArbFor<byte[][]>(),
                ArbMap.Default.ArbFor<PositiveInt>(),
                ArbMap.Default.ArbFor<PositiveInt>(),
                (messages, chunk, step) =>
                {
                    var nonEmpty = messages.Where(m => m is { Length: > 0 }).ToArray();
                    var output = new ArrayBufferWriter<byte>();
                    foreach (var message in nonEmpty)
                    {
                        ChunkWriter.WriteEnd(output); // a NOOP before each message
                        ChunkWriter.WriteMessage(message, output, Math.Min(chunk.Get, 65535));
                    }

                    var reader = new ChunkReader(new TricklingStream(output.WrittenSpan.ToArray(), step.Get), bufferSize: 16);
                    return nonEmpty.All(m => m.AsSpan().SequenceEqual(reader.ReadMessageAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult()));
                })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void Arbitrary_bytes_yield_messages_or_a_defined_error_and_never_hang() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), ArbMap.Default.ArbFor<PositiveInt>(), (bytes, step) =>
            {
                var reader = new ChunkReader(new TricklingStream(bytes, step.Get), bufferSize: 8);
                var reading = Task.Run(async () =>
                {
                    try
                    {
                        // Each message consumes at least 4 bytes, so this bounds the loop too.
                        for (var i = 0; i <= bytes.Length; i++)
                        {
                            await reader.ReadMessageAsync(CancellationToken.None);
                        }

                        throw new InvalidOperationException("More messages than bytes.");
                    }
                    catch (Exception ex) when (ex is ServiceUnavailableException or ProtocolException)
                    {
                        // End of stream, the defined outcome for finite input.
                    }
                });
                Assert.True(reading.Wait(TimeSpan.FromSeconds(5)), "chunk reader hung");
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Tupu.Bolt.Tests.PackStream.PackStreamFuzzTests.Cases));

    /// <summary>Returns at most <c>step</c> bytes per read, like a slow network.</summary>
    private sealed class TricklingStream(byte[] data, int step) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, step)], cancellationToken);
    }
}
