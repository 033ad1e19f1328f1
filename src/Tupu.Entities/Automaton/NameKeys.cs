using System.Text;

namespace Tupu.Entities.Automaton;

/// <summary>
/// The folded forms names are indexed and looked up by. <see cref="Fold"/> is per character so the automaton can fold
/// the analysis text as it walks without copying it.
/// </summary>
internal static class NameKeys
{
    /// <summary>Case-folds one character of already normalised (NFKC, Simplified) text.</summary>
    public static char Fold(char c)
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

    /// <summary>Exact key: NFKC, Simplified, case-folded, single spaces.</summary>
    public static string Exact(string name)
    {
        var simplified = ScriptFolding.ToSimplified(name.Normalize(NormalizationForm.FormKC));
        var builder = new StringBuilder(simplified.Length);
        foreach (var c in simplified)
        {
            var folded = Fold(c);
            if (folded == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(folded);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Compact key: the exact key without spaces, hyphens, underscores and name dots ("Qwen 3" = "Qwen-3" = "Qwen3").</summary>
    public static string Compact(string name)
    {
        var exact = Exact(name);
        var builder = new StringBuilder(exact.Length);
        foreach (var c in exact)
        {
            if (c is not (' ' or '-' or '_' or '\u00B7'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Exact key of a span of the analysis text, which the normaliser already width-folded and converted to
    /// Simplified: only case and dots need folding, so this is cheap enough to call per candidate.
    /// </summary>
    public static string ExactOfNormalized(ReadOnlySpan<char> surface)
    {
        Span<char> buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
        for (var i = 0; i < surface.Length; i++)
        {
            buffer[i] = Fold(surface[i]);
        }

        return new string(buffer);
    }

    /// <summary>Whether the name contains a Han character.</summary>
    public static bool HasHan(string name) => name.Any(CharClass.IsHan);
}
