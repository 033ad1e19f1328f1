using System.Collections.Immutable;
using Tupu.Domain.Text;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Tests.Automaton;

public sealed class KeyListScannerTests
{
    // Latin words that run into each other (Qwen / Qwen3 / Qwen-3), Han names that nest (英伟 / 英伟达), joiners,
    // spaces, case and width variants, so that boundaries and overlaps decide most matches.
    private static readonly string[] Pieces =
        ["Qwen", "QWEN", "Ｑｗｅｎ", "qwen3", "Qwen-3", "3", "-", ".", " ", "  ", "Sam", "Altman", "sam altman", "英伟", "英伟达", "英偉達", "达", "公司", "，", "说", "Meta", "Metaverse", "x", "_"];

    [Fact]
    public void Finds_the_matches_a_trie_of_the_same_keys_finds()
    {
        var random = new Random(17);
        var compared = 0;
        var found = 0;
        for (var round = 0; round < 3000; round++)
        {
            // Mostly a handful of keys, as an article has; every fourth text many, most sharing a first character.
            var keys = Enumerable.Range(0, random.Next(1, round % 4 == 0 ? 60 : 7))
                .Select(_ => NameKeys.Exact(string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pieces[random.Next(Pieces.Length)]))))
                .Where(k => k.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var trie = CharTrie.Build(keys.Select(k => KeyValuePair.Create(k, ImmutableArray.Create(k))));
            var expected = TrieScanner.Scan(text, trie).Select(m => (m.Span, m.Ids[0])).ToList();

            var actual = KeyListScanner.Scan(text, keys);

            Assert.Equal(expected, actual);
            compared++;
            found += actual.Count;
        }

        Assert.True(compared > 2500 && found > 2000, $"{compared} texts, {found} matches");
    }

    [Fact]
    public void Takes_the_longest_key_then_goes_on_after_it()
    {
        var matches = KeyListScanner.Scan("英伟达公司和英伟合作，QWEN3 与 Qwen 3", ["英伟", "英伟达", "qwen", "qwen3"]);

        Assert.Equal(
            [(new TextSpan(0, 3), "英伟达"), (new TextSpan(6, 8), "英伟"), (new TextSpan(11, 16), "qwen3"), (new TextSpan(19, 23), "qwen")],
            matches);
    }
}
