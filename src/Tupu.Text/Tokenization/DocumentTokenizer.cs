using System.Buffers;
using System.Runtime.InteropServices;
using Tupu.Domain;
using Tupu.Domain.Text;
using Tupu.Text.Scripts;

namespace Tupu.Text.Tokenization;

/// <summary>
/// The third pipeline stage: <see cref="NormalizedDocument"/> → <see cref="TokenizedDocument"/>. Han text goes to
/// SmartCn's word segmenter (see <see cref="HanSegmenter"/>), Latin text (letters, digits, ASCII punctuation) to
/// Lucene's StandardTokenizer (see <see cref="LatinTokenizer"/>). Each sees only its own characters, the other side's
/// counting as blanks, and both report offsets into the normalised text itself. Thread-safe.
/// </summary>
public sealed class DocumentTokenizer
{
    /// <summary>This thread's token lists, reused by every call (they are emptied before a call returns).</summary>
    [ThreadStatic]
    private static PooledLists? Lists;

    /// <summary>Tokenizes the whole document.</summary>
    public TokenizedDocument Tokenize(NormalizedDocument document) => Tokenize(document, []);

    /// <summary>
    /// Tokenizes only the gaps between <paramref name="keepWhole"/> spans and emits each of those spans as one token,
    /// so that mentions recognised earlier are not broken up by SmartCn (which splits unknown names into characters).
    /// </summary>
    /// <exception cref="TupuException">A span is out of range (InvalidSpan) or spans overlap (OverlappingMentions).</exception>
    public TokenizedDocument Tokenize(NormalizedDocument document, IReadOnlyList<TextSpan> keepWhole)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(keepWhole);
        var text = document.Text;
        var kept = Validate(keepWhole, text.Length);
        var rented = ArrayPool<Side>.Shared.Rent(text.Length);
        var sides = rented.AsSpan(0, text.Length);
        bool anyHan = false, anyLatin = false;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (next < kept.Length && i == kept[next].Start)
            {
                sides.Slice(i, kept[next].Length).Fill(Side.Kept);
                i = kept[next++].End - 1;
                continue;
            }

            var c = text[i];
            if (c is ' ' or '\n')
            {
                sides[i] = Side.Blank;
            }
            else if (IsLatinSide(c))
            {
                sides[i] = Side.Latin;
                anyLatin = true;
            }
            else
            {
                sides[i] = Side.Han;
                anyHan = true;
            }
        }

        var lists = Lists ??= new PooledLists();
        var han = lists.Han;
        var latin = lists.Latin;
        try
        {
            if (anyHan)
            {
                HanSegmenter.Segment(text, sides, han);
            }

            if (anyLatin)
            {
                LatinTokenizer.Tokenize(text, sides, latin);
            }

            return new TokenizedDocument(document, ImmutableCollectionsMarshal.AsImmutableArray(Merge(text, han, latin, kept)));
        }
        finally
        {
            han.Clear();
            latin.Clear();
            ArrayPool<Side>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Each source yields its tokens in text order, and no two tokens of any source start at the same character (the
    /// sources own disjoint characters), so merging the three lists orders them exactly as sorting by (start, end) would.
    /// </summary>
    private static Token[] Merge(string text, List<Token> han, List<Token> latin, TextSpan[] kept)
    {
        var tokens = new Token[han.Count + latin.Count + kept.Length];
        int h = 0, l = 0, k = 0;
        for (var n = 0; n < tokens.Length; n++)
        {
            var hanStart = h < han.Count ? han[h].Span.Start : int.MaxValue;
            var latinStart = l < latin.Count ? latin[l].Span.Start : int.MaxValue;
            var keptStart = k < kept.Length ? kept[k].Start : int.MaxValue;
            if (hanStart <= latinStart && hanStart <= keptStart)
            {
                tokens[n] = han[h++];
            }
            else if (latinStart <= keptStart)
            {
                tokens[n] = latin[l++];
            }
            else
            {
                var span = kept[k++];
                tokens[n] = new Token(span, TermPool.GetLowerInvariant(text.AsSpan(span.Start, span.Length)), KindOf(text.AsSpan(span.Start, span.Length)));
            }
        }

        return tokens;
    }

    private static TextSpan[] Validate(IReadOnlyList<TextSpan> spans, int length)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        var sorted = spans.Where(s => !s.IsEmpty).OrderBy(s => s.Start).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].End > length)
            {
                throw new TupuException(ErrorCode.InvalidSpan, $"Span {sorted[i]} lies outside the text (length {length}).");
            }

            if (i > 0 && sorted[i].Start < sorted[i - 1].End)
            {
                throw new TupuException(ErrorCode.OverlappingMentions, $"Spans {sorted[i - 1]} and {sorted[i]} overlap.");
            }
        }

        return sorted;
    }

    /// <summary>Letters and digits of alphabetic scripts and ASCII punctuation; everything else (Han, CJK and general punctuation) goes to SmartCn.</summary>
    internal static bool IsLatinSide(char c) =>
        c < 0x80 || (c < '\u2E80' && char.IsLetterOrDigit(c) && !ScriptConverter.IsHan(c));

    internal static TokenKind KindOf(ReadOnlySpan<char> surface)
    {
        bool letter = false, digit = false;
        foreach (var c in surface)
        {
            if (ScriptConverter.IsHan(c))
            {
                return TokenKind.Han;
            }

            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
        }

        return letter ? TokenKind.Word : digit ? TokenKind.Number : TokenKind.Punctuation;
    }

    private sealed class PooledLists
    {
        public List<Token> Han { get; } = new(1024);

        public List<Token> Latin { get; } = new(1024);
    }
}
