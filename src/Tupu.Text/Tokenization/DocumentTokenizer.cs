using System.Collections.Immutable;
using Tupu.Domain;
using Tupu.Domain.Text;
using Tupu.Text.Scripts;

namespace Tupu.Text.Tokenization;

/// <summary>
/// The third pipeline stage: <see cref="NormalizedDocument"/> → <see cref="TokenizedDocument"/>. Han text goes to
/// SmartCn's word segmenter (see <see cref="HanSegmenter"/>), Latin text (letters, digits, ASCII punctuation) to Lucene's StandardTokenizer. Each
/// sees a copy of the text in which the other side's characters are blanked, so both report offsets into the
/// normalised text itself. Thread-safe.
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
        var han = new char[text.Length];
        var latin = new char[text.Length];
        var hidden = new bool[text.Length];
        han.AsSpan().Fill(' ');
        latin.AsSpan().Fill(' ');
        bool anyHan = false, anyLatin = false;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (next < kept.Length && i == kept[next].Start)
            {
                hidden.AsSpan(i, kept[next].Length).Fill(true);
                i = kept[next++].End - 1;
                continue;
            }

            var c = text[i];
            if (c is ' ' or '\n')
            {
                continue;
            }

            if (IsLatinSide(c))
            {
                latin[i] = c;
                hidden[i] = true;
                anyLatin = true;
            }
            else
            {
                han[i] = c;
                anyHan = true;
            }
        }

        var tokens = new List<Token>();
        var raw = new List<RawToken>();
        if (anyHan)
        {
            var hanText = new string(han);
            HanSegmenter.Segment(hanText, at => hidden[at] || hanText[at] is ' ' or '\n', raw);
            foreach (var t in raw)
            {
                var span = text.AsSpan(t.Start, t.End - t.Start);
                if (!hidden[t.Start] && !span.IsWhiteSpace())
                {
                    tokens.Add(new Token(new TextSpan(t.Start, t.End), t.Term, KindOf(span)));
                }
            }
        }

        if (anyLatin)
        {
            raw.Clear();
            LuceneRunner.Run(LuceneAnalyzers.Latin, new string(latin), raw);
            AddLatin(text, latin, raw, tokens);
        }

        foreach (var span in kept)
        {
            tokens.Add(new Token(span, span.Of(text).ToLowerInvariant(), KindOf(text.AsSpan(span.Start, span.Length))));
        }

        tokens.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return new TokenizedDocument(document, [.. tokens]);
    }

    private static void AddLatin(string text, char[] latin, List<RawToken> raw, List<Token> tokens)
    {
        // StandardTokenizer drops punctuation; it is kept as one-character tokens, as SmartCn keeps Chinese punctuation.
        var covered = 0;
        foreach (var t in raw)
        {
            AddPunctuation(latin, covered, t.Start, tokens);
            var kind = t.Type == "<NUM>" ? TokenKind.Number : TokenKind.Word;
            tokens.Add(new Token(new TextSpan(t.Start, t.End), text.Substring(t.Start, t.End - t.Start).ToLowerInvariant(), kind));
            covered = t.End;
        }

        AddPunctuation(latin, covered, latin.Length, tokens);
    }

    private static void AddPunctuation(char[] latin, int from, int to, List<Token> tokens)
    {
        for (var i = from; i < to; i++)
        {
            var c = latin[i];
            if (c != ' ' && !char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(new TextSpan(i, i + 1), c.ToString(), TokenKind.Punctuation));
            }
        }
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
