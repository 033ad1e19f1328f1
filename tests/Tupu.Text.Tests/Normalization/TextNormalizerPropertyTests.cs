using FsCheck;
using FsCheck.Fluent;
using Tupu.Domain.Articles;
using Tupu.Domain.Text;
using Tupu.Text.Normalization;
using Tupu.Text.Tests.Support;
using Tupu.Text.Tokenization;
using Xunit;

namespace Tupu.Text.Tests.Normalization;

public sealed class TextNormalizerPropertyTests
{
    private readonly TextNormalizer _normalizer = new();

    [Fact]
    public void Fuzz_Any_text_normalises_with_a_valid_map() => Fuzz.Check(
        Prop.ForAll(Fuzz.TextLike, Arb.From(Gen.Elements(ArticleFormat.PlainText, ArticleFormat.Markdown)), (text, format) =>
            Fuzz.SucceedsOrFailsCleanly(() => CheckInvariants(_normalizer.Normalize(TestArticles.Create(text, format))))),
        300);
    [Fact]
    public void Fuzz_Any_string_normalises_with_a_valid_map() => Fuzz.Check(
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            Fuzz.SucceedsOrFailsCleanly(() => CheckInvariants(_normalizer.Normalize(TestArticles.Create(text ?? string.Empty))))),
        300);
    [Fact]
    public void Fuzz_Tokens_lie_inside_the_normalised_text() => Fuzz.Check(
        Prop.ForAll(Fuzz.TextLike, text => Fuzz.SucceedsOrFailsCleanly(() =>
        {
            var document = _normalizer.Normalize(TestArticles.Create(text));
            foreach (var token in new DocumentTokenizer().Tokenize(document).Tokens)
            {
                if (token.Span.End > document.Text.Length || token.Span.IsEmpty)
                {
                    throw new InvalidOperationException($"token {token.Span} outside text of {document.Text.Length}");
                }
            }
        })),
        100);
    private static void CheckInvariants(NormalizedDocument document)
    {
        var source = document.Article.Text;
        if (document.Map.DerivedLength != document.Text.Length || document.Map.SourceLength != source.Length)
        {
            throw new InvalidOperationException("map lengths differ from the texts");
        }

        for (var i = 0; i < document.Text.Length; i++)
        {
            var span = document.Map.ToSource(new TextSpan(i, i + 1));
            if (span.End > source.Length)
            {
                throw new InvalidOperationException($"char {i} maps outside the source");
            }
        }

        var previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Span.Start < previousEnd || sentence.Span.End > document.Text.Length || sentence.Span.IsEmpty)
            {
                throw new InvalidOperationException($"bad sentence {sentence.Span}");
            }

            previousEnd = sentence.Span.End;
            _ = document.SourceTextOf(sentence.Span);
        }
    }
}
