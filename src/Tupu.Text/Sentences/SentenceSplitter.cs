using System.Buffers;
using System.Collections.Immutable;
using Tupu.Domain.Text;
using Tupu.Text.Scripts;

namespace Tupu.Text.Sentences;

/// <summary>
/// Splits paragraphs into sentences. Chinese ends at 。！？；… (closing quotes and brackets after the mark stay with
/// the sentence); English ends at . ! ? before a space, except after abbreviations, initials and inside numbers.
/// Linear in the text length.
/// </summary>
internal static class SentenceSplitter
{
    private const string ChineseEnds = "。！？；…⋯";
    private const string Closers = "”’」』）)》〉\"'］]";
    private const int MaxWordScan = 12;

    /// <summary>Every character at which <see cref="EndAfter"/> can end a sentence: the scan jumps from one to the next.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create(ChineseEnds + "!?.");

    /// <summary>This thread's builder, reused by every call (each result is a copy of it).</summary>
    [ThreadStatic]
    private static ImmutableArray<Sentence>.Builder? Sentences;

    public static ImmutableArray<Sentence> Split(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var result = Sentences ??= ImmutableArray.CreateBuilder<Sentence>(256);
        result.Clear();
        var fallback = SentenceLanguage.Zh;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var start = paragraph.Start;
            var i = paragraph.Start;
            while (i < paragraph.End)
            {
                var mark = text.AsSpan(i, paragraph.End - i).IndexOfAny(Marks);
                if (mark < 0)
                {
                    break;
                }

                i += mark;
                var end = EndAfter(text, i, paragraph.End);
                if (end > 0)
                {
                    Add(text, start, end, p, result, ref fallback);
                    start = end;
                    i = end;
                }
                else
                {
                    i++;
                }
            }

            Add(text, start, paragraph.End, p, result, ref fallback);
        }

        var sentences = result.ToImmutable();
        result.Clear();
        return sentences;
    }

    /// <summary>When a sentence ends at the mark at <paramref name="i"/>, the end offset (after closers), else 0.</summary>
    private static int EndAfter(string text, int i, int limit)
    {
        var c = text[i];
        bool ends;
        if (ChineseEnds.Contains(c, StringComparison.Ordinal))
        {
            ends = true;
        }
        else if (c is '!' or '?')
        {
            var next = i + 1 < limit ? text[i + 1] : ' ';
            ends = next is ' ' or '!' or '?' || Closers.Contains(next, StringComparison.Ordinal)
                || ScriptConverter.IsHan(next) || (i > 0 && ScriptConverter.IsHan(text[i - 1]));
        }
        else if (c == '.')
        {
            ends = PeriodEnds(text, i, limit);
        }
        else
        {
            return 0;
        }

        if (!ends)
        {
            return 0;
        }

        var end = i + 1;
        while (end < limit && (ChineseEnds.Contains(text[end], StringComparison.Ordinal) || text[end] is '!' or '?' or '.'))
        {
            end++;
        }

        while (end < limit && Closers.Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        // English '!' and '?' inside a quotation followed by a lower-case word ("Great!" she said) go on.
        if (c is '!' or '?' && end + 1 < limit && text[end] == ' ' && char.IsLower(text[end + 1]))
        {
            return 0;
        }

        return end;
    }

    private static bool PeriodEnds(string text, int i, int limit)
    {
        var after = i + 1;
        while (after < limit && Closers.Contains(text[after], StringComparison.Ordinal))
        {
            after++;
        }

        if (after >= limit)
        {
            return true;
        }

        var next = text[after];
        if (next == '.')
        {
            return false; // "..." is handled by its last period.
        }

        if (next != ' ')
        {
            // "2.5", "v1.2", "example.com", "U.S" inside: no space, no end; a Han character directly after does end it.
            return ScriptConverter.IsHan(next) && after == i + 1;
        }

        var firstOfNext = after + 1 < limit ? text[after + 1] : 'A';
        var word = WordBefore(text, i);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // An initial: "Jensen H. Huang".
        }

        if (Abbreviations.StandsBeforeNumber(word) && char.IsAsciiDigit(firstOfNext))
        {
            return false;
        }

        if (Abbreviations.NeverEnds(word))
        {
            return false;
        }

        if (Abbreviations.EndsOnlyBeforeCapital(word))
        {
            return char.IsUpper(firstOfNext) && !(word.Length == 3 && word.Contains('.'));
        }

        return !char.IsLower(firstOfNext);
    }

    private static ReadOnlySpan<char> WordBefore(string text, int period)
    {
        var start = period;
        while (start > 0 && period - start < MaxWordScan && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return text.AsSpan(start, period - start);
    }

    private static void Add(string text, int start, int end, int paragraph, ImmutableArray<Sentence>.Builder result, ref SentenceLanguage fallback)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        var language = LanguageClassifier.Classify(text.AsSpan(start, end - start), fallback);
        fallback = language == SentenceLanguage.Mixed ? fallback : language;
        result.Add(new Sentence(new TextSpan(start, end), language, paragraph));
    }
}
