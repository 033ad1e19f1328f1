using System.Buffers;
using Lucene.Net.Analysis.TokenAttributes;
using Tupu.Domain.Text;

namespace Tupu.Text.Tokenization;

/// <summary>
/// Lucene's StandardTokenizer (UAX #29) over the Latin side of a text, plus the ASCII punctuation it drops. It reads the
/// Latin characters with every run of other characters shortened to one space: no word token spans a space, and the
/// tokenizer starts afresh after one, so the tokens are those of the fully blanked text, while a mostly Chinese text no
/// longer costs the tokenizer one step per blanked character.
/// </summary>
internal static class LatinTokenizer
{
    /// <summary>Adds the Latin side's tokens in text order, with offsets into <paramref name="text"/>.</summary>
    public static void Tokenize(string text, ReadOnlySpan<Side> sides, List<Token> sink)
    {
        var origins = ArrayPool<int>.Shared.Rent(text.Length);
        try
        {
            Tokenize(text, sides, origins, sink);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(origins);
        }
    }

    private static void Tokenize(string text, ReadOnlySpan<Side> sides, int[] origins, List<Token> sink)
    {
        var latin = string.Create(Compact(text, sides, origins), (text, origins), static (chars, state) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                var at = state.origins[i];
                chars[i] = at < 0 ? ' ' : state.text[at];
            }
        });

        using var stream = LuceneAnalyzers.Latin.GetTokenStream("text", new StringReader(latin));
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var covered = 0;
        while (stream.IncrementToken())
        {
            // Tokens hold no spaces, so each lies on consecutive Latin characters of the text.
            AddPunctuation(text, latin, origins, covered, offset.StartOffset, sink);
            var start = origins[offset.StartOffset];
            var end = origins[offset.EndOffset - 1] + 1;
            var kind = type.Type == "<NUM>" ? TokenKind.Number : TokenKind.Word;
            sink.Add(new Token(new TextSpan(start, end), TermPool.GetLowerInvariant(text.AsSpan(start, end - start)), kind));
            covered = offset.EndOffset;
        }

        stream.End();
        AddPunctuation(text, latin, origins, covered, latin.Length, sink);
    }

    /// <summary>
    /// Fills <paramref name="origins"/> with, per character of the compacted text, the offset of its Latin character in
    /// <paramref name="text"/>, or -1 for the one space standing for a run of other characters; returns the length.
    /// </summary>
    private static int Compact(string text, ReadOnlySpan<Side> sides, int[] origins)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (sides[i] == Side.Latin)
            {
                origins[length++] = i;
            }
            else if (length == 0 || origins[length - 1] >= 0)
            {
                origins[length++] = -1;
            }
        }

        return length;
    }

    /// <summary>StandardTokenizer drops punctuation; it is kept as one-character tokens, as SmartCn keeps Chinese punctuation.</summary>
    private static void AddPunctuation(string text, string latin, int[] origins, int from, int to, List<Token> sink)
    {
        for (var i = from; i < to; i++)
        {
            var c = latin[i];
            if (c != ' ' && !char.IsLetterOrDigit(c))
            {
                var at = origins[i];
                sink.Add(new Token(new TextSpan(at, at + 1), TermPool.Get(new ReadOnlySpan<char>(in c)), TokenKind.Punctuation));
            }
        }
    }
}
