using Tupu.Domain.Text;

namespace Tupu.Text.Scripts;

/// <summary>
/// Traditional → Simplified conversion, one character for one character, so offsets survive conversion.
/// Backed by ICU4N's "Traditional-Simplified" transliterator, evaluated once for every BMP Han character
/// (the transliterator is far too slow to call per text).
/// </summary>
public static class ScriptConverter
{
    /// <summary>Share of converted characters among Han characters above which a text counts as Traditional.</summary>
    private const double TraditionalShare = 0.08;

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph (URO, extension A, compatibility ideographs).</summary>
    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>The Simplified form of <paramref name="c"/>, or <paramref name="c"/> when it has no one-character form.</summary>
    public static char ToSimplified(char c) => IsHan(c) ? SimplifiedTable.Instance[c] : c;

    /// <summary>The text with every Han character converted; the result has the same length as the input.</summary>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = SimplifiedTable.Instance;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsHan(c) && table[c] != c)
            {
                return string.Create(text.Length, (text, table, i), static (span, state) =>
                {
                    state.text.AsSpan().CopyTo(span);
                    for (var j = state.i; j < span.Length; j++)
                    {
                        if (IsHan(span[j]))
                        {
                            span[j] = state.table[span[j]];
                        }
                    }
                });
            }
        }

        return text;
    }

    /// <summary>
    /// The script of a text: <see cref="Script.Latin"/> without Han characters; <see cref="Script.Traditional"/> when a
    /// noticeable share of its Han characters have a different Simplified form; else <see cref="Script.Simplified"/>.
    /// </summary>
    public static Script Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = SimplifiedTable.Instance;
        int han = 0, traditional = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                han++;
                if (table[c] != c)
                {
                    traditional++;
                }
            }
        }

        if (han == 0)
        {
            return Script.Latin;
        }

        // Simplified text also holds a few characters the table maps (著, 乾, 於 as a surname), so a share is needed.
        return traditional > 0 && traditional >= han * TraditionalShare ? Script.Traditional : Script.Simplified;
    }
}
