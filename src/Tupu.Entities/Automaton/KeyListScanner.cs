using Tupu.Domain.Text;

namespace Tupu.Entities.Automaton;

/// <summary>
/// Leftmost-longest, non-overlapping matches of a few exact keys over a whole text: the matches a
/// <see cref="CharTrie"/> of the same keys would find (<see cref="CharTrie.Scan"/>: folded characters, Latin keys on
/// word boundaries), without building one. For the handful of keys one article yields (its short forms), building a
/// trie, with its 8 KB first-character set, cost more than the scan.
/// </summary>
internal static class KeyListScanner
{
    /// <summary>The matches, in text order, each with the key it matched.</summary>
    public static List<(TextSpan Span, string Key)> Scan(string text, IReadOnlyList<string> keys)
    {
        var matches = new List<(TextSpan, string)>();
        // A 64-bit mask of the keys' first characters (by their low six bits): most positions stop at one bit test.
        // Indexed loops here and below: a foreach over the interface made an enumerator a call, 7 % of what recognition
        // allocated.
        var firstChars = 0UL;
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            if (key.Length > 0)
            {
                firstChars |= 1UL << (key[0] & 63);
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var folded = NameKeys.Fold(text[i]);
            if ((firstChars & (1UL << (folded & 63))) != 0 && LongestAt(text, i, folded, keys) is { } key)
            {
                matches.Add((new TextSpan(i, i + key.Length), key));
                i += key.Length;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>The longest key at <paramref name="start"/>, under the trie's boundary rules, or null.</summary>
    private static string? LongestAt(string text, int start, char folded, IReadOnlyList<string> keys)
    {
        if (CharClass.IsWordCore(text[start]) && !CharClass.IsWordBoundary(text, start))
        {
            return null;
        }

        string? longest = null;
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            if (key.Length == 0 || key[0] != folded || start + key.Length > text.Length || key.Length <= (longest?.Length ?? 0))
            {
                continue;
            }

            var end = start + key.Length;
            if (FoldedEquals(text, start + 1, key.AsSpan(1)) && (!CharClass.IsWordCore(text[end - 1]) || CharClass.IsWordBoundary(text, end)))
            {
                longest = key;
            }
        }

        return longest;
    }

    private static bool FoldedEquals(string text, int from, ReadOnlySpan<char> rest)
    {
        for (var j = 0; j < rest.Length; j++)
        {
            if (NameKeys.Fold(text[from + j]) != rest[j])
            {
                return false;
            }
        }

        return true;
    }
}
