using Tupu.Domain.Text;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Mentions;

/// <summary>
/// Latin-script names: up to four consecutive name words (capitalised, camel-case such as xAI, or with digits), one
/// space apart, that do not run into a lexicon match or a cue word.
/// </summary>
internal static class LatinRuns
{
    private const int MaxWords = 4;

    /// <summary>The name that ends at <paramref name="end"/> (one space or none before it).</summary>
    public static TextSpan? Before(RecognitionContext context, int end)
    {
        var text = context.Text;
        if (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        var cursor = end;
        for (var words = 0; words < MaxWords; words++)
        {
            var wordStart = WordStart(text, cursor);
            if (wordStart == cursor || !IsNameWord(text, wordStart, cursor) || Blocked(context, wordStart, cursor))
            {
                break;
            }

            start = wordStart;
            if (wordStart < 2 || text[wordStart - 1] != ' ')
            {
                break;
            }

            cursor = wordStart - 1;
        }

        return Trim(context, start, end);
    }

    /// <summary>The name that starts at <paramref name="start"/> (one space or none after the cue).</summary>
    public static TextSpan? After(RecognitionContext context, int start)
    {
        var text = context.Text;
        if (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        for (var words = 0; words < MaxWords; words++)
        {
            var wordEnd = WordEnd(text, end);
            if (wordEnd == end || !IsNameWord(text, end, wordEnd) || Blocked(context, end, wordEnd))
            {
                break;
            }

            end = wordEnd;
            if (end + 1 >= text.Length || text[end] != ' ' || !CharClass.IsWordCore(text[end + 1]))
            {
                break;
            }

            var nextEnd = WordEnd(text, end + 1);
            if (!IsNameWord(text, end + 1, nextEnd) || Blocked(context, end + 1, nextEnd))
            {
                break;
            }

            end++;
        }

        return Trim(context, start, end);
    }

    /// <summary>Start of the word that ends at <paramref name="end"/>: word characters and joiners between them.</summary>
    public static int WordStart(string text, int end)
    {
        var start = end;
        while (start > 0 && (CharClass.IsWordCore(text[start - 1]) ||
                             (IsJoiner(text[start - 1]) && start < end && start >= 2 && CharClass.IsWordCore(text[start - 2]))))
        {
            start--;
        }

        return start;
    }

    /// <summary>End of the word that starts at <paramref name="start"/>.</summary>
    public static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (CharClass.IsWordCore(text[end]) ||
                                     (IsJoiner(text[end]) && end > start && end + 1 < text.Length && CharClass.IsWordCore(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A word that can be part of a name: starts with a capital, or is camel-case (xAI, iFlytek). A word that starts
    /// with a digit is a number or a version, never a name on its own.
    /// </summary>
    public static bool IsNameWord(string text, int start, int end)
    {
        if (end <= start || !CharClass.IsAlphabetic(text[start]))
        {
            return false;
        }

        if (char.IsUpper(text[start]))
        {
            return true;
        }

        for (var i = start + 1; i < end; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Blocked(RecognitionContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (context.IsBlocked(i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '\'';

    private static TextSpan? Trim(RecognitionContext context, int start, int end)
    {
        // A leading article belongs to the sentence, not the name ("The startup Anthropic").
        var text = context.Text;
        foreach (var article in new[] { "The ", "A ", "An " })
        {
            if (end - start > article.Length && string.CompareOrdinal(text, start, article, 0, article.Length) == 0)
            {
                start += article.Length;
            }
        }

        return end > start ? new TextSpan(start, end) : null;
    }
}
