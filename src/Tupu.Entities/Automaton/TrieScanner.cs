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

        var i = 0;
        while (i < text.Length)
        {
            if (trie.MayStartWith(text[i]) && trie.TryMatchLongest(text, i, out var end, out var ids))
            {
                matches.Add((new TextSpan(i, end), ids));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }
}
