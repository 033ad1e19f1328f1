using Tupu.Entities.Automaton;
using Tupu.Entities.Catalog;

namespace Tupu.Entities.Tests.Catalog;

/// <summary>A layer grown in place reads, at every snapshot, as the layer copied and extended the same way.</summary>
public sealed class NameTierTests
{
    private static readonly string[] Words = ["Qwen", "Qwen3", "Qwen 3", "Kimi", "Kimi K2", "月之暗面", "月之暗", "暗面", "Moon", "Moonshot AI", "DeepSeek", "Deep Seek", "深度求索"];

    [Fact]
    public void Every_snapshot_of_a_grown_layer_answers_as_the_extended_layer()
    {
        var random = new Random(7);
        var batches = Enumerable.Range(0, 40)
            .Select(_ => (IReadOnlyList<NameEntry>)Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => NameEntry.Of(Words[random.Next(Words.Length)] + (random.Next(4) == 0 ? "x" : string.Empty), $"e/{random.Next(6)}"))
                .ToList())
            .ToList();
        var grown = new List<NameTier> { NameTier.Empty };
        var extended = new List<NameTier> { NameTier.Empty };
        foreach (var batch in batches)
        {
            grown.Add(grown[^1].Grow(batch));
            extended.Add(extended[^1].Extend(batch));
        }

        // Extending an older snapshot again (a branch) starts a store of its own and changes none of the others.
        var branch = grown[10].Grow(batches[30]);
        var branchExtended = extended[10].Extend(batches[30]);

        for (var i = 0; i < grown.Count; i++)
        {
            AssertSame(extended[i], grown[i]);
        }

        AssertSame(branchExtended, branch);
        AssertSame(extended[^1], grown[^1].Grow([]));
    }

    private static void AssertSame(NameTier expected, NameTier actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Names, actual.Names);
        foreach (var word in Words.Concat(Words.Select(w => w + "x")))
        {
            var exact = NameKeys.Exact(word);
            var compact = NameKeys.CompactOfExact(exact);
            Assert.Equal(expected.ByExact(exact).ToArray(), actual.ByExact(exact).ToArray());
            Assert.Equal(expected.ByCompact(compact).ToArray(), actual.ByCompact(compact).ToArray());
        }

        var text = string.Join(" ", Words) + "，" + string.Concat(Words.Select(w => w + "x")) + " qwen3x kimi k2";
        Assert.Equal(
            TrieScanner.Scan(text, expected.Trie).Select(m => (m.Span, string.Join(",", m.Ids))),
            TrieScanner.Scan(text, actual.Trie).Select(m => (m.Span, string.Join(",", m.Ids))));
    }
}
