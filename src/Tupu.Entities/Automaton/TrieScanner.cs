using System.Collections.Immutable;
using Tupu.Domain.Text;

namespace Tupu.Entities.Automaton;

/// <summary>Leftmost-longest, non-overlapping matches of a trie over a whole text.</summary>
internal static class TrieScanner
{
    public static List<(TextSpan Span, ImmutableArray<string> Ids)> Scan(string text, CharTrie trie)
    {
        var matches = new List<(TextSpan, ImmutableArray<string>)>();
        if (trie.Count == 0)
        {
            return matches;
        }

        trie.Scan(text, matches);
        return matches;
    }
}
