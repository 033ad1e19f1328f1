using System.Runtime.InteropServices;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
using Tupu.Domain.Text;

namespace Tupu.Text.Tokenization;

/// <summary>
/// SmartCn's word segmentation (the model of its <see cref="HHMMSegmenter"/>: the same dictionaries, the same bigram HMM,
/// searched by <see cref="HanLattice"/>) applied to runs of text directly. <see cref="HMMChineseTokenizer"/> first cuts
/// its input into sentences with an ICU BreakIterator and copies it through a 1 KB buffer; the pipeline already knows
/// where runs of Chinese start and end (Latin text and kept spans are blanked), so it hands the lattice those runs.
/// Terms are what HMMChineseTokenizer reports (SmartCn's <see cref="SegTokenFilter"/>). Thread-safe.
/// </summary>
internal static class HanSegmenter
{
    /// <summary>
    /// Runs longer than this are cut (at the last delimiter before the limit when there is one): the lattice
    /// grows with the run, and HMMChineseTokenizer's own buffer bounds its sentences the same way.
    /// </summary>
    internal const int MaxRunLength = 1024;

    /// <summary>SmartCn's one shared delimiter term, as one shared string.</summary>
    private static readonly string CommonDelimiter = new(Utility.COMMON_DELIMITER);

    /// <summary>
    /// Segments every run of Han-side characters of <paramref name="text"/> and adds a token per word, with offsets into
    /// <paramref name="text"/>, in text order.
    /// </summary>
    /// <param name="text">The text to segment.</param>
    /// <param name="sides">Per character of <paramref name="text"/>, its side; every other side than <see cref="Side.Han"/> separates runs.</param>
    /// <param name="sink">Receives the tokens in text order.</param>
    public static void Segment(string text, ReadOnlySpan<Side> sides, List<Token> sink)
    {
        var filter = new SegTokenFilter();
        var bytes = MemoryMarshal.Cast<Side, byte>(sides);
        var at = 0;
        while (at < text.Length)
        {
            // The blanks between runs are skipped, and runs measured, in vectorised searches.
            var skip = bytes[at..].IndexOf((byte)Side.Han);
            if (skip < 0)
            {
                break;
            }

            at += skip;
            var start = at;
            var limit = Math.Min(text.Length, start + MaxRunLength);
            var length = bytes[start..limit].IndexOfAnyExcept((byte)Side.Han);
            at = length < 0 ? limit : start + length;

            if (at - start == MaxRunLength && at < text.Length && sides[at] == Side.Han)
            {
                at = CutAtDelimiter(text, start, at);
            }

            SegmentRun(text, start, at, filter, sink);
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

    private static void SegmentRun(string text, int start, int end, SegTokenFilter filter, List<Token> sink)
    {
        var run = text.AsSpan(start, end - start);
        var lattice = HanLattice.OfThisThread;
        foreach (var id in lattice.Segment(run))
        {
            ref readonly var word = ref lattice[id];
            // Runs hold Han-side characters only, so a token is never on a hidden character.
            var surface = run[word.Start..word.End];
            if (surface.IsWhiteSpace())
            {
                continue;
            }

            sink.Add(new Token(new TextSpan(start + word.Start, start + word.End), Term(lattice, id, surface, filter), DocumentTokenizer.KindOf(surface)));
        }
    }

    /// <summary>The term HMMChineseTokenizer reports: SmartCn's <see cref="SegTokenFilter"/> applied to the word.</summary>
    private static string Term(HanLattice lattice, int id, ReadOnlySpan<char> surface, SegTokenFilter filter)
    {
        ref readonly var word = ref lattice[id];
        switch (word.Type)
        {
            case WordType.CHINESE_WORD:
                // The filter leaves Chinese words as they are: their Han characters, blanks inside left out.
                return TermPool.Get(lattice.CharsOf(id));
            case WordType.DELIMITER:
                // Every delimiter's term is SmartCn's one shared comma: it becomes one shared string.
                return CommonDelimiter;
            default:
                // Letters and digits: the filter folds full-width forms and case of the text itself.
                var token = new SegToken(surface.ToArray(), word.Start, word.End, word.Type, word.Frequency);
                return TermPool.Get(filter.Filter(token).CharArray);
        }
    }
}
