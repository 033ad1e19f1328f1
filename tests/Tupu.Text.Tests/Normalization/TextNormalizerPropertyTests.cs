using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tupu.Domain.Articles;
using Tupu.Domain.Text;
using Tupu.Text.Normalization;
using Tupu.Text.Tests.Support;
using Tupu.Text.Tokenization;

namespace Tupu.Text.Tests.Normalization;

public sealed class TextNormalizerPropertyTests
{
    private readonly TextNormalizer _normalizer = new();

    [Property(MaxTest = 300)]
    public Property Any_text_normalises_with_a_valid_map() =>
        Prop.ForAll(Fuzz.TextLike, Arb.From(Gen.Elements(ArticleFormat.PlainText, ArticleFormat.Markdown)), (text, format) =>
            Fuzz.SucceedsOrFailsCleanly(() => CheckInvariants(_normalizer.Normalize(TestArticles.Create(text, format)))));

    [Property(MaxTest = 300)]
    public Property Any_string_normalises_with_a_valid_map() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            Fuzz.SucceedsOrFailsCleanly(() => CheckInvariants(_normalizer.Normalize(TestArticles.Create(text ?? string.Empty)))));

    [Property(MaxTest = 100)]
    public Property Tokens_lie_inside_the_normalised_text() =>
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
        }));

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
