using Tupu.Text.Tokenization;
using Xunit;

namespace Tupu.Text.Tests.Tokenization;

/// <summary>
/// The trie must answer every step of the lattice's walk as SmartCn's word dictionary does: whether some word begins
/// with the path, whether the dictionary reports the path itself as a word there, and its frequency.
/// </summary>
public sealed class SmartCnWordsTests
{
    [Fact]
    public void Every_prefix_of_every_dictionary_word_is_answered_as_the_dictionary_answers_it()
    {
        var checkedPrefixes = 0;
        foreach (var (first, rests, _) in SmartCnWords.Tables())
        {
            foreach (var rest in rests)
            {
                var word = new string(first, 1) + new string(rest ?? []);
                var found = SmartCnModel.FirstWordWithPrefix([first], 0);
                var node = SmartCnWords.Child(SmartCnWords.Root, first);
                Assert.NotEqual(-1, found);
                Assert.NotEqual(-1, node);
                for (var length = 2; length <= word.Length; length++)
                {
                    var prefix = word[..length].ToCharArray();
                    found = SmartCnModel.FirstWordWithPrefix(prefix, found);
                    node = SmartCnWords.Child(node, prefix[^1]);
                    Assert.True(found != -1 && node != -1, $"{word[..length]}: the dictionary finds {found}, the trie {node}");
                    var isWord = SmartCnModel.IsWordAt(prefix, found);
                    Assert.Equal(isWord ? SmartCnModel.WordFrequency(prefix) : -1, SmartCnWords.WordFrequency(node));
                    Assert.Equal(SmartCnModel.WordFrequency(prefix), SmartCnWords.Frequency(node));
                    checkedPrefixes++;
                }
            }
        }

        Assert.True(checkedPrefixes > 100_000, $"only {checkedPrefixes} prefixes checked");
    }

    [Fact]
    public void The_trie_s_nodes_fit_the_lattice_s_word_ids()
    {
        // HanLattice gives a word of two or more characters its trie node as word id, below the 2^24 where the ids of
        // single characters, delimiters and placeholders begin.
        Assert.InRange(SmartCnWords.NodeCount, 100_000, (1 << 24) - 1);
    }

    [Fact]
    public void A_path_no_word_begins_with_is_not_in_the_trie_nor_in_the_dictionary()
    {
        var random = new Random(11);
        var misses = 0;
        foreach (var (first, rests, _) in SmartCnWords.Tables().Where((_, i) => i % 7 == 0))
        {
            foreach (var rest in rests.Where(r => r is { Length: > 0 }).Take(20))
            {
                // The word's first characters followed by a random Han character.
                var cut = random.Next(0, rest!.Length);
                var path = (new string(first, 1) + new string(rest, 0, cut) + (char)random.Next(0x4E00, 0x9FA5)).ToCharArray();
                var node = SmartCnWords.Root;
                foreach (var c in path)
                {
                    node = node == -1 ? -1 : SmartCnWords.Child(node, c);
                }

                var found = SmartCnModel.FirstWordWithPrefix(path, 0);
                Assert.Equal(found == -1, node == -1);
                misses += node == -1 ? 1 : 0;
            }
        }

        Assert.True(misses > 1_000, $"only {misses} paths outside the dictionary tried");
    }
}
