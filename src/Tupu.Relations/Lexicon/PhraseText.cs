namespace Tupu.Relations.Lexicon;

/// <summary>Matching rules shared by every phrase: Latin words match case-insensitively on word boundaries, Han as substrings.</summary>
internal static class PhraseText
{
    public static bool IsAsciiWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    /// <summary>Whether <paramref name="phrase"/> occurs at <paramref name="at"/> and respects word boundaries.</summary>
    public static bool MatchesAt(string text, int at, string phrase, int limit)
    {
        return at + phrase.Length <= limit
            && string.Compare(text, at, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
            && RespectsWordBoundaries(text, at, phrase);
    }

    /// <summary>
    /// The word-boundary half of <see cref="MatchesAt"/>, for a caller that already knows the characters match: a phrase
    /// starting (ending) with an ASCII word character does not continue a word before (after) it.
    /// </summary>
    public static bool RespectsWordBoundaries(string text, int at, string phrase)
    {
        if (IsAsciiWordChar(phrase[0]) && at > 0 && IsAsciiWordChar(text[at - 1]))
        {
            return false;
        }

        var end = at + phrase.Length;
        return !(IsAsciiWordChar(phrase[^1]) && end < text.Length && IsAsciiWordChar(text[end]));
    }

    /// <summary>First occurrence of <paramref name="phrase"/> in [from, limit), or -1.</summary>
    public static int Find(string text, string phrase, int from, int limit)
    {
        for (var i = from; i + phrase.Length <= limit; i++)
        {
            i = text.IndexOf(phrase, i, limit - i, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return -1;
            }

            if (MatchesAt(text, i, phrase, limit))
            {
                return i;
            }
        }

        return -1;
    }
}
