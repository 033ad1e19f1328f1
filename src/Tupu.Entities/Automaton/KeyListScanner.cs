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
        // The keys ordered by first character, the longest first: a position tries only the keys that start with its
        // character, and the first that matches is the longest. Trying every key at every position made a long
        // article's scan grow with the product of its length and its keys: a third of the recognition of one 1 MB
        // article, whose short forms run to hundreds.
        var ordered = new string[keys.Count];
        var count = 0;
        // A 64-bit mask of the keys' first characters (by their low six bits): most positions stop at one bit test.
        // Indexed loops: a foreach over the interface made an enumerator a call, 7 % of what recognition allocated.
        var firstChars = 0UL;
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            if (key.Length > 0)
            {
                ordered[count++] = key;
                firstChars |= 1UL << (key[0] & 63);
            }
        }

        Array.Sort(ordered, 0, count, ByFirstCharLongestFirst.Instance);
        var i = 0;
        while (i < text.Length)
        {
            var folded = NameKeys.Fold(text[i]);
            if ((firstChars & (1UL << (folded & 63))) != 0 && LongestAt(text, i, folded, ordered.AsSpan(0, count)) is { } key)
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
    private static string? LongestAt(string text, int start, char folded, ReadOnlySpan<string> ordered)
    {
        if (CharClass.IsWordCore(text[start]) && !CharClass.IsWordBoundary(text, start))
        {
            return null;
        }

        for (var k = FirstStartingWith(ordered, folded); k < ordered.Length && ordered[k][0] == folded; k++)
        {
            var key = ordered[k];
            var end = start + key.Length;
            if (end <= text.Length
                && FoldedEquals(text, start + 1, key.AsSpan(1))
                && (!CharClass.IsWordCore(text[end - 1]) || CharClass.IsWordBoundary(text, end)))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>The index of the first key starting with <paramref name="first"/>, or where it would be.</summary>
    private static int FirstStartingWith(ReadOnlySpan<string> ordered, char first)
    {
        var (low, high) = (0, ordered.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (ordered[middle][0] < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
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

    /// <summary>By first character, then longest first, then ordinal (so equal keys' order does not matter).</summary>
    private sealed class ByFirstCharLongestFirst : IComparer<string>
    {
        public static readonly ByFirstCharLongestFirst Instance = new();

        public int Compare(string? x, string? y)
        {
            var byFirst = x![0].CompareTo(y![0]);
            if (byFirst != 0)
            {
                return byFirst;
            }

            var byLength = y.Length.CompareTo(x.Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
        }
    }
}
