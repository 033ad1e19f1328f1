namespace Tupu.Entities.Automaton;

/// <summary>Character classes that decide word boundaries and name runs.</summary>
internal static class CharClass
{
    /// <summary>CJK ideographs (unified, extension A, compatibility) and 〇.</summary>
    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') || c == '\u3007';

    /// <summary>A letter of an alphabetic script (Latin, Greek, Cyrillic…), not Han or kana.</summary>
    public static bool IsAlphabetic(char c) => c < '\u3000' && char.IsLetter(c);

    /// <summary>Characters that always continue a Latin word.</summary>
    public static bool IsWordCore(char c) => IsAlphabetic(c) || char.IsAsciiDigit(c) || c == '_';

    /// <summary>The middle dots that join transliterated name parts (·, •, ・, ‧, ･).</summary>
    public static bool IsNameDot(char c) => c is '\u00B7' or '\u2022' or '\u30FB' or '\u2027' or '\uFF65' or '\u2219';

    /// <summary>
    /// Whether offset <paramref name="index"/> starts or ends a Latin word: digits, '-', '.' count as word characters
    /// when they join word characters, so "Qwen" is not a word inside "Qwen3" or "Qwen-3", but "Nvidia." ends one.
    /// </summary>
    public static bool IsWordBoundary(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return true;
        }

        var before = text[index - 1];
        var after = text[index];
        if (IsWordCore(before) && IsWordCore(after))
        {
            return false;
        }

        // "Qwen-3", "GPT-4.5": a joiner between two word characters continues the word.
        if (IsJoiner(after) && IsWordCore(before) && index + 1 < text.Length && IsWordCore(text[index + 1]))
        {
            return false;
        }

        if (IsJoiner(before) && IsWordCore(after) && index >= 2 && IsWordCore(text[index - 2]))
        {
            return false;
        }

        return true;
    }

    private static bool IsJoiner(char c) => c is '-' or '.';
}
