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
        var sides = new Side[text.Length];
        bool anyHan = false, anyLatin = false;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (next < kept.Length && i == kept[next].Start)
            {
                sides.AsSpan(i, kept[next].Length).Fill(Side.Kept);
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
                anyHan = true;
            }
        }

        // Each source yields its tokens in text order, and no two tokens of any source start at the same character (the
        // sources own disjoint characters), so merging the three lists orders them exactly as sorting by (start, end) would.
        var han = new List<Token>();
        if (anyHan)
        {
            var raw = new List<RawToken>();
            HanSegmenter.Segment(text, at => sides[at] != Side.Han, raw);
            foreach (var t in raw)
            {
                // Segmented runs hold Han-side characters only, so a token is never on a hidden character.
                var span = text.AsSpan(t.Start, t.End - t.Start);
                if (!span.IsWhiteSpace())
                {
                    han.Add(new Token(new TextSpan(t.Start, t.End), t.Term, KindOf(span)));
                }
            }
        }

        var latin = new List<Token>();
        if (anyLatin)
        {
            LatinTokenizer.Tokenize(text, sides, latin);
        }

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
                tokens[n] = new Token(span, span.Of(text).ToLowerInvariant(), KindOf(text.AsSpan(span.Start, span.Length)));
            }
        }

        return new TokenizedDocument(document, ImmutableCollectionsMarshal.AsImmutableArray(tokens));
    }

    private static TextSpan[] Validate(IReadOnlyList<TextSpan> spans, int length)
    {
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
}
