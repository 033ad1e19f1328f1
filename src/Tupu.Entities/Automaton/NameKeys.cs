using System.Text;

namespace Tupu.Entities.Automaton;

/// <summary>
/// The folded forms names are indexed and looked up by. <see cref="Fold"/> is per character so the automaton can fold
/// the analysis text as it walks without copying it.
/// </summary>
internal static class NameKeys
{
    // Fold is a pure function of the character: a table computed once spares the automaton a culture case change per
    // character of text (the scan folds every position it tries).
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Case-folds one character of already normalised (NFKC, Simplified) text.</summary>
    public static char Fold(char c) => FoldTable[c];

    /// <summary>Exact key: NFKC, Simplified, case-folded, single spaces.</summary>
    public static string Exact(string name)
    {
        // Most names are ASCII or plain CJK ideographs, which NFKC leaves as they are: skip the ICU call for them.
        var normalized = IsNfkcStable(name) ? name : name.Normalize(NormalizationForm.FormKC);
        var simplified = ScriptFolding.ToSimplified(normalized);
        Span<char> buffer = simplified.Length <= 256 ? stackalloc char[simplified.Length] : new char[simplified.Length];
        var length = 0;
        foreach (var c in simplified)
        {
            var folded = FoldTable[c];
            if (folded == ' ' && (length == 0 || buffer[length - 1] == ' '))
            {
                continue;
            }

            buffer[length++] = folded;
        }

        var key = ((ReadOnlySpan<char>)buffer[..length]).TrimEnd();
        // The key often equals the name (Han names, lower-case names): share the string instead of copying it.
        return key.SequenceEqual(name) ? name : key.SequenceEqual(simplified) ? simplified : new string(key);
    }

    /// <summary>Compact key: the exact key without spaces, hyphens, underscores and name dots ("Qwen 3" = "Qwen-3" = "Qwen3").</summary>
    public static string Compact(string name) => CompactOfExact(Exact(name));

    /// <summary>The compact key of an exact key (see <see cref="Exact"/>), without folding the name again.</summary>
    public static string CompactOfExact(string exact)
    {
        if (exact.AsSpan().IndexOfAny(" -_\u00B7") < 0)
        {
            return exact;
        }

        Span<char> buffer = exact.Length <= 256 ? stackalloc char[exact.Length] : new char[exact.Length];
        var length = 0;
        foreach (var c in exact)
        {
            if (c is not (' ' or '-' or '_' or '\u00B7'))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>
    /// Exact key of a span of the analysis text, which the normaliser already width-folded and converted to
    /// Simplified: only case and dots need folding, so this is cheap enough to call per candidate.
    /// </summary>
    public static void FoldNormalized(ReadOnlySpan<char> surface, Span<char> key)
    {
        for (var i = 0; i < surface.Length; i++)
        {
            key[i] = FoldTable[surface[i]];
        }
    }

    /// <summary>As <see cref="FoldNormalized"/>, as a string.</summary>
    public static string ExactOfNormalized(ReadOnlySpan<char> surface)
    {
        Span<char> buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
        for (var i = 0; i < surface.Length; i++)
        {
            buffer[i] = FoldTable[surface[i]];
        }

        return new string(buffer);
    }

    /// <summary>Whether the name contains a Han character.</summary>
    public static bool HasHan(string name)
    {
        foreach (var c in name)
        {
            if (CharClass.IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether NFKC leaves the text unchanged because every character is ASCII, a CJK unified ideograph (URO or
    /// extension A) or the middle dot: none of them has a decomposition, and none composes with a neighbour.
    /// </summary>
    private static bool IsNfkcStable(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128 && !(c >= '\u4E00' && c <= '\u9FFF') && !(c >= '\u3400' && c <= '\u4DBF') && c != '\u00B7')
            {
                return false;
            }
        }

        return true;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[65536];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = FoldOne((char)i);
        }

        return table;
    }

    private static char FoldOne(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (CharClass.IsHan(c))
        {
            return c;
        }

        if (CharClass.IsNameDot(c))
        {
            return '\u00B7';
        }

        return char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
    }
}
