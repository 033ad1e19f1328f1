using System.Collections.Immutable;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Tests.Automaton;

public sealed class CharTrieTests
{
    private static readonly CharTrie Trie = CharTrie.Build(
        new[] { "Qwen", "Qwen3", "Meta", "英伟达", "英伟达公司", "Sam Altman", "GPT-4o" }
            .Select(n => KeyValuePair.Create(NameKeys.Exact(n), ImmutableArray.Create(n))));

    [Theory]
    [InlineData("Qwen3 is out", 0, "Qwen3")]
    [InlineData("QWEN3 is out", 0, "Qwen3")]
    [InlineData("the Qwen model", 4, "Qwen")]
    [InlineData("Qwen.", 0, "Qwen")]
    [InlineData("英伟达公司发布", 0, "英伟达公司")]
    [InlineData("英伟达发布", 0, "英伟达")]
    [InlineData("sam altman said", 0, "Sam Altman")]
    [InlineData("GPT-4o mini", 0, "GPT-4o")]
    [InlineData("用Qwen训练", 1, "Qwen")]
    public void Longest_match_on_word_boundaries(string text, int start, string expected)
    {
        Assert.True(Trie.TryMatchLongest(text, start, out var end, out var ids));
        Assert.Equal(expected, ids[0]);
        Assert.True(end > start);
    }

    [Theory]
    [InlineData("Qwen4 is out", 0)]
    [InlineData("Qwen-4 is out", 0)]
    [InlineData("Metaverse", 0)]
    [InlineData("xMeta", 1)]
    [InlineData("GPT-4omega", 0)]
    public void An_English_name_inside_a_longer_word_is_no_match(string text, int start)
    {
        Assert.False(Trie.TryMatchLongest(text, start, out _, out _));
    }
}
