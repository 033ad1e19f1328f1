using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace Tupu.Text.Tokenization;

/// <summary>
/// SmartCn's word segmentation (its <see cref="HHMMSegmenter"/>: the same dictionaries, the same bigram HMM) applied to
/// runs of text directly. <see cref="HMMChineseTokenizer"/> first cuts its input into sentences with an ICU
/// BreakIterator and copies it through a 1 KB buffer; the pipeline already knows where runs of Chinese start and end
/// (Latin text and kept spans are blanked), so it hands the segmenter those runs and saves about a third of the cost.
/// Terms are what HMMChineseTokenizer reports (SmartCn's <see cref="SegTokenFilter"/>). Thread-safe.
/// </summary>
internal static class HanSegmenter
{
    /// <summary>
    /// Runs longer than this are cut (at the last delimiter before the limit when there is one): the segmenter's graph
    /// grows with the run, and HMMChineseTokenizer's own buffer bounds its sentences the same way.
    /// </summary>
    internal const int MaxRunLength = 1024;

    private static readonly HHMMSegmenter Segmenter = new();

    /// <summary>Segments every run of non-blank characters of <paramref name="text"/>; offsets are into <paramref name="text"/>.</summary>
    /// <param name="text">The text to segment.</param>
    /// <param name="isBlank">Which positions separate runs (spaces, line breaks, positions hidden from SmartCn).</param>
    /// <param name="sink">Receives the tokens in text order.</param>
    public static void Segment(string text, Func<int, bool> isBlank, List<RawToken> sink)
    {
        var filter = new SegTokenFilter();
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && isBlank(at))
            {
                at++;
            }

            var start = at;
            while (at < text.Length && !isBlank(at) && at - start < MaxRunLength)
            {
                at++;
            }

            if (at - start == MaxRunLength && at < text.Length && !isBlank(at))
            {
                at = CutAtDelimiter(text, start, at);
            }

            if (at > start)
            {
                SegmentRun(text, start, at, filter, sink);
            }
        }
    }

    private static int CutAtDelimiter(string text, int start, int end)
    {
        for (var i = end - 1; i > start + (MaxRunLength / 2); i--)
        {
            if (Utility.GetCharType(text[i]) == CharType.DELIMITER)
            {
                return i + 1;
            }
        }

        return end;
    }

    private static void SegmentRun(string text, int start, int end, SegTokenFilter filter, List<RawToken> sink)
    {
        var run = text.Substring(start, end - start);
        var tokens = Segmenter.Process(run);
        // The segmenter frames its output with sentence-begin and sentence-end markers.
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            if (token.WordType is WordType.STRING or WordType.NUMBER or WordType.FULLWIDTH_NUMBER or WordType.FULLWIDTH_STRING)
            {
                token.CharArray = run.ToCharArray(token.StartOffset, token.EndOffset - token.StartOffset);
            }

            token = filter.Filter(token);
            sink.Add(new RawToken(start + token.StartOffset, start + token.EndOffset, new string(token.CharArray), "word"));
        }
    }
}
