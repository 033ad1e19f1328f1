using System.Collections.Immutable;
using Tupu.Domain.Articles;
using Tupu.Domain.Text;
using Tupu.Text.Normalization;
using Tupu.Text.Tokenization;

namespace Tupu.Entities.Tests;

/// <summary>Documents for tests: hand-built (identity offset map, no tokens) or through the real text stages.</summary>
internal static class Docs
{
    private static readonly TextNormalizer Normalizer = new();
    private static readonly DocumentTokenizer Tokenizer = new();

    /// <summary>An already normalised Simplified/English text, as the text stages would hand it over.</summary>
    public static TokenizedDocument Plain(string text)
    {
        var article = Article(text);
        var sentence = new Sentence(new TextSpan(0, text.Length), SentenceLanguage.Mixed, 0);
        var normalized = new NormalizedDocument(article, text, OffsetMap.Identity(text.Length), [sentence], Script.Simplified);
        return new TokenizedDocument(normalized, ImmutableArray<Token>.Empty);
    }

    /// <summary>A source text through the real normaliser (Traditional → Simplified, offset map) and tokenizer.</summary>
    public static TokenizedDocument FromSource(string source, string id = "a-0000000000000001") =>
        Tokenizer.Tokenize(Normalizer.Normalize(Article(source, id)));

    private static Article Article(string text, string id = "a-0000000000000001") =>
        new(id, "test", ArticleFormat.PlainText, "utf-8", "hash", ArticleMetadata.Empty, text);
}
