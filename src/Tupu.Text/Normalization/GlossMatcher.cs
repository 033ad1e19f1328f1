namespace Tupu.Text.Normalization;

/// <summary>
/// Recognises an inline romanisation gloss such as "(zhí)" or "(fa1)" that some converters put after a Han character.
/// Only valid pinyin syllables with a tone (mark or digit) qualify, so "(GPT-4)", "(AI)" or "(Jensen Huang)" stay.
/// </summary>
internal static class GlossMatcher
{
    private const int MaxGlossLength = 32;

    private static readonly HashSet<string> Finals = new(StringComparer.Ordinal)
    {
        "a", "o", "e", "i", "u", "ü", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
        "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "io", "ua", "uo", "uai", "ui", "uan", "un",
        "uang", "ueng", "üe", "ue", "üan", "ün",
    };

    /// <summary>
    /// When a gloss opens at <paramref name="open"/> (an ASCII or full-width parenthesis), returns true and the index of
    /// its closing parenthesis.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> text, int open, out int close)
    {
        close = -1;
        var limit = Math.Min(text.Length, open + MaxGlossLength);
        for (var i = open + 1; i < limit; i++)
        {
            if (text[i] is ')' or '）')
            {
                close = i;
                break;
            }
        }

        if (close <= open + 1)
        {
            return false;
        }

        var body = text[(open + 1)..close];
        var syllables = 0;
        var toned = false;
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i == body.Length || body[i] is ' ' or '\'')
            {
                if (i == start || !IsSyllable(body[start..i], syllables == 0, ref toned))
                {
                    return false;
                }

                syllables++;
                start = i + 1;
            }
        }

        return toned && syllables <= 4;
    }

    private static bool IsSyllable(ReadOnlySpan<char> syllable, bool first, ref bool toned)
    {
        if (syllable.Length > 7)
        {
            return false;
        }

        Span<char> plain = stackalloc char[syllable.Length];
        var length = 0;
        for (var i = 0; i < syllable.Length; i++)
        {
            var c = syllable[i];
            if (i == syllable.Length - 1 && c is >= '1' and <= '5' && length > 0)
            {
                toned = true;
                break;
            }

            if (i == 0 && first && c is >= 'A' and <= 'Z')
            {
                c = (char)(c + 32);
            }

            var bare = StripTone(c, out var hadTone);
            if (bare == '\0')
            {
                return false;
            }

            toned |= hadTone;
            plain[length++] = bare == 'v' ? 'ü' : bare;
        }

        return IsPinyin(plain[..length]);
    }

    private static bool IsPinyin(ReadOnlySpan<char> s)
    {
        var rest = s;
        if (s.Length >= 2 && s[1] == 'h' && s[0] is 'z' or 'c' or 's')
        {
            rest = s[2..];
        }
        else if (s.Length >= 1 && "bpmfdtnlgkhjqxrzcsyw".Contains(s[0], StringComparison.Ordinal))
        {
            rest = s[1..];
        }

        return rest.Length > 0 && Finals.Contains(rest.ToString());
    }

    private static char StripTone(char c, out bool toned)
    {
        toned = true;
        switch (c)
        {
            case 'ā' or 'á' or 'ǎ' or 'à': return 'a';
            case 'ē' or 'é' or 'ě' or 'è': return 'e';
            case 'ī' or 'í' or 'ǐ' or 'ì': return 'i';
            case 'ō' or 'ó' or 'ǒ' or 'ò': return 'o';
            case 'ū' or 'ú' or 'ǔ' or 'ù': return 'u';
            case 'ǖ' or 'ǘ' or 'ǚ' or 'ǜ': return 'ü';
        }

        toned = false;
        return c is (>= 'a' and <= 'z') or 'ü' ? c : '\0';
    }
}
