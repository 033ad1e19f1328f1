using Tupu.Domain.Text;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Han name runs next to a cue. Chinese has no spaces, so a run stops at what cannot be inside a name: a non-Han
/// character, a lexicon match, a cue word, or a boundary word (的, 在, 表示…). A run that would be longer than allowed
/// has no natural edge and is rejected rather than cut at a guess, and so is a run that holds a word SmartCn knows.
/// </summary>
internal static class HanRuns
{
    public static TextSpan? Before(RecognitionContext context, int end, int maxLength, int minLength = 2)
    {
        var start = end;
        while (start > 0 && context.IsHanAt(start - 1) && !context.IsBlocked(start - 1) && !context.BoundaryEndsAt(start))
        {
            start--;
            if (end - start > maxLength)
            {
                return null;
            }
        }

        return end - start >= minLength && !context.ContainsKnownWord(new TextSpan(start, end)) ? new TextSpan(start, end) : null;
    }

    public static TextSpan? After(RecognitionContext context, int start, int maxLength, int minLength = 2)
    {
        var end = start;
        while (end < context.Text.Length && context.IsHanAt(end) && !context.IsBlocked(end) && !context.BoundaryStartsAt(end))
        {
            end++;
            if (end - start > maxLength)
            {
                return null;
            }
        }

        return end - start >= minLength && !context.ContainsKnownWord(new TextSpan(start, end)) ? new TextSpan(start, end) : null;
    }

    /// <summary>Transliteration characters ending at <paramref name="end"/> (the part before a "·").</summary>
    public static int TransliterationStart(RecognitionContext context, int end, int maxLength)
    {
        var start = end;
        while (start > 0 && end - start < maxLength && IsTransliteration(context, start - 1) && !context.BoundaryEndsAt(start))
        {
            start--;
        }

        return start;
    }

    /// <summary>Transliteration characters from <paramref name="start"/> (the part after a "·").</summary>
    public static int TransliterationEnd(RecognitionContext context, int start, int maxLength)
    {
        var end = start;
        while (end < context.Text.Length && end - start < maxLength && IsTransliteration(context, end) && !context.BoundaryStartsAt(end))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A Chinese personal name starting at <paramref name="start"/>: a known surname and one or two given-name
    /// characters, or a run of transliteration characters (奥尔特曼).
    /// </summary>
    public static TextSpan? PersonAfter(RecognitionContext context, int start)
    {
        if (!context.IsHanAt(start) || context.IsBlocked(start))
        {
            return null;
        }

        var text = context.Text;
        var surname = start + 2 <= text.Length && context.Data.Surnames.Contains(text.Substring(start, 2)) ? 2
            : context.Data.Surnames.Contains(text.Substring(start, 1)) ? 1 : 0;
        if (surname > 0)
        {
            var end = start + surname;
            while (end < text.Length && end - start - surname < 2 && context.IsHanAt(end) && !context.IsBlocked(end) &&
                   !context.BoundaryStartsAt(end) && !(end > start + surname && context.MultiCharTokenStartsAt(end)))
            {
                end++;
            }

            if (end > start + surname)
            {
                return new TextSpan(start, end);
            }
        }

        var transliterated = TransliterationEnd(context, start, 6);
        return transliterated - start >= 2 ? new TextSpan(start, transliterated) : null;
    }

    private static bool IsTransliteration(RecognitionContext context, int at) =>
        !context.IsBlocked(at) && context.Data.Transliteration.Contains(context.Text[at]);
}
