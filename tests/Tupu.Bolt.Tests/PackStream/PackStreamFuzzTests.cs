using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tupu.Bolt.Messages;
using Tupu.Bolt.PackStream;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.PackStream;

/// <summary>
/// On any bytes the PackStream reader returns a value or throws <see cref="ProtocolException"/>, nothing else,
/// and finishes. A long run: FUZZ_CASES=100000 dotnet test tests/Tupu.Bolt.Tests --filter FullyQualifiedName~Fuzz
/// </summary>
public sealed class PackStreamFuzzTests
{
    internal static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) ? n : 300;

    private static readonly byte[][] Seeds =
    [
        Hex.Pack(new Dictionary<string, object?> { ["a"] = new List<object?> { 1L, -200L, 70000L, 1L << 40, 1.5, "text", "英伟达", null, true, new byte[] { 1, 2, 3 } } }),
        Hex.Pack(new Node(1, "e1", ["A", "B"], new Dictionary<string, object?> { ["p"] = new Date(3) })),
        Hex.Pack(new Path(
            [new Node(1, "a", [], new Dictionary<string, object?>()), new Node(2, "b", [], new Dictionary<string, object?>())],
            [new Relationship(9, "r", 2, "b", 1, "a", "T", new Dictionary<string, object?>())])),
        Hex.Pack(new List<object?> { new ZonedDateTime(100, 1, 3600), new ZonedDateTime(5, 0, 3600, "Europe/Paris"), new LocalDateTime(1, 2), new Time(3, 4), new LocalTime(5), new Duration(1, 2, 3, 4), new Point(1, 2, 3), new Point(1, 2, 3, 4) }),
        Hex.Pack(new string('x', 300)),
        Hex.Bytes("B1 70 A2 86 6669656C6473 91 816E 83 716964 00"), // SUCCESS {fields: [n], qid: 0}
        Hex.Bytes("B1 71 91 B8 52 01 02 03 8154 A0 8161 8162 8163"), // RECORD [relationship]
    ];

    [Fact]
    public void Seeds_are_valid() => Assert.All(Seeds.Take(5), seed => Hex.Unpack(seed));

    [Fact]
    public void Reader_only_ever_throws_ProtocolException() =>
        Prop.ForAll(FuzzInputs.PackStream(Seeds), bytes => ReadAll(bytes))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));

    [Fact]
    public void Message_decoder_only_ever_throws_ProtocolException() =>
        Prop.ForAll(FuzzInputs.PackStream(Seeds), bytes =>
            {
                try
                {
                    ResponseMessageReader.Read(bytes);
                }
                catch (ProtocolException)
                {
                    // The one allowed failure.
                }
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));

    [Property(MaxTest = 200)]
    public void Arbitrary_bytes_never_escape_ProtocolException(byte[] bytes) => ReadAll(bytes);

    private static void ReadAll(byte[] bytes)
    {
        try
        {
            var reader = new PackStreamReader(bytes);
            while (!reader.AtEnd)
            {
                reader.ReadValue();
            }
        }
        catch (ProtocolException)
        {
            // The one allowed failure.
        }
    }
}
