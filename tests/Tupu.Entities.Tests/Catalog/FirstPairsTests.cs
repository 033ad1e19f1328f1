using Tupu.Entities.Catalog;

namespace Tupu.Entities.Tests.Catalog;

public sealed class FirstPairsTests
{
    [Fact]
    public void Every_key_start_passes_and_most_other_starts_stop()
    {
        var pairs = new FirstPairs();
        var random = new Random(5);
        var keys = Enumerable.Range(0, 5_000).Select(_ => Han(random, random.Next(2, 8))).ToList();
        foreach (var key in keys)
        {
            pairs.Add(key);
        }

        pairs.Add("x");
        foreach (var key in keys)
        {
            Assert.True(pairs.MayStart(key[0], key[1], hasSecond: true));
            Assert.True(pairs.MayStartAt(key + "。", 0, key[0]));
        }

        // A one-character key needs no second character, not even at the end of the text; a longer one does.
        Assert.True(pairs.MayStart('x', 'y', hasSecond: true));
        Assert.True(pairs.MayStartAt("ax", 1, 'x'));
        Assert.False(pairs.MayStartAt(keys[0][..1], 0, keys[0][0]));

        var known = keys.Select(k => (k[0], k[1])).ToHashSet();
        var others = Enumerable.Range(0, 20_000).Select(_ => Han(random, 2)).Where(p => !known.Contains((p[0], p[1]))).ToList();
        var passed = others.Count(p => pairs.MayStart(p[0], p[1], hasSecond: true));
        Assert.True(passed < others.Count / 50, $"{passed} of {others.Count} unknown first pairs passed");
    }

    private static string Han(Random random, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 3000)));
}
