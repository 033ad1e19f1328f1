using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.PackStream;

public sealed class RoundTripTests
{
    [Property(MaxTest = 300)]
    public bool Integers_round_trip(long value) => Equals(value, Hex.Unpack(Hex.Pack(value)));

    [Property(MaxTest = 300)]
    public bool Floats_round_trip(NormalFloat value) => Equals(value.Get, Hex.Unpack(Hex.Pack(value.Get)));

    [Property(MaxTest = 300)]
    public bool Strings_round_trip(NonNull<string> value)
    {
        // Lone surrogates cannot be encoded in UTF-8; they become U+FFFD on the way, as with any UTF-8 transport.
        var text = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(value.Get));
        return text == (string)Hex.Unpack(Hex.Pack(text))!;
    }

    [Property(MaxTest = 200)]
    public bool Lists_of_integers_and_strings_round_trip(long[] numbers, bool[] flags)
    {
        var list = numbers.Cast<object?>().Concat(flags.Cast<object?>()).Append(null).ToList();
        return list.SequenceEqual((List<object?>)Hex.Unpack(Hex.Pack(list))!);
    }

    [Fact]
    public void Nested_structures_round_trip()
    {
        var node = new Node(1, "n1", ["Company", "Org"], new Dictionary<string, object?> { ["name"] = "智谱", ["founded"] = new Date(17897), ["tags"] = new List<object?> { "ai", 1L } });
        var value = new Dictionary<string, object?>
        {
            ["node"] = node,
            ["list"] = new List<object?> { new Point(4326, 116.4, 39.9), new LocalTime(1), new Time(2, -3600), new Duration(1, 2, 3, 4), new byte[] { 1, 2 } },
            ["at"] = new ZonedDateTime(0, 1, 3600),
        };

        var back = (Dictionary<string, object?>)Hex.Unpack(Hex.Pack(value))!;
        var backNode = Assert.IsType<Node>(back["node"]);
        Assert.Equal(node.Labels, backNode.Labels);
        Assert.Equal("智谱", backNode.Properties["name"]);
        Assert.Equal(new Date(17897), backNode.Properties["founded"]);
        Assert.Equal(new List<object?> { "ai", 1L }, backNode.Properties["tags"]);
        var list = (List<object?>)back["list"]!;
        Assert.Equal(new object?[] { new Point(4326, 116.4, 39.9), new LocalTime(1), new Time(2, -3600), new Duration(1, 2, 3, 4) }, list.Take(4));
        Assert.Equal(new byte[] { 1, 2 }, list[4]);
        Assert.Equal(new ZonedDateTime(0, 1, 3600), back["at"]);
        Assert.Equal(Hex.Of(Hex.Pack(value)), Hex.Of(Hex.Pack(back)));
    }
}
