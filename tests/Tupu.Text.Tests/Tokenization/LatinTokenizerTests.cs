using FsCheck;
using FsCheck.Fluent;
using Tupu.Domain.Text;
using Tupu.Text.Tests.Support;
using Tupu.Text.Tokenization;
using Xunit;

namespace Tupu.Text.Tests.Tokenization;

/// <summary>
/// The Latin tokenizer reads the Latin side with runs of other characters shortened to one space; these tests hold it
/// to StandardTokenizer over the text with every other character blanked (what it saves work against).
/// </summary>
public sealed class LatinTokenizerTests
{
    [Theory]
    [InlineData("OpenAI发布GPT-4。")]
    [InlineData("Nvidia's CEO said 2.5 percent, not 3,000.")]
    [InlineData("  据报道，Meta的Llama 3.1在2024年7月发布；Mr. Zuckerberg said so.  ")]
    [InlineData("e\u0301t\u00e9 caf\u00e9\u3000na\u00efve co\u00f6perate \u0394\u03b5\u03bb\u03c6\u03bf\u03af \u041c\u043e\u0441\u043a\u0432\u0430")]
    [InlineData("a\u0301 \u0301b 中\u0301文 x\u200By 1\u00a0000 U.S. e-mail: a@b.com http://example.com/x?y=1")]
    [InlineData("ภาษาไทย 中文 ภาษา AI")]
    [InlineData("中文")]
    [InlineData("")]
    public void Tokens_match_StandardTokenizer_over_the_blanked_text(string text)
    {
        Assert.Equal(Reference(text), Tokenize(text));
    }

    [Fact]
    public void Fuzz_Text_like_input_tokenizes_as_over_the_blanked_text() => Fuzz.Check(
        Prop.ForAll(Fuzz.TextLike, text => Reference(text).SequenceEqual(Tokenize(text))),
        500);

    [Fact]
    public void Fuzz_Any_string_tokenizes_as_over_the_blanked_text() => Fuzz.Check(
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Reference(text ?? string.Empty).SequenceEqual(Tokenize(text ?? string.Empty))),
        500);

    [Fact]
    public void Corpus_articles_tokenize_as_over_the_blanked_text()
    {
        var compared = 0;
        foreach (var (_, text) in Repository.NormalizedArticles("*.txt"))
        {
            Assert.Equal(Reference(text), Tokenize(text));
            compared++;
        }

        Assert.True(compared >= 10, $"only {compared} corpus articles found");
    }

    private static List<string> Tokenize(string text)
    {
        var sides = new Side[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            sides[i] = IsLatin(text[i]) ? Side.Latin : Side.Blank;
        }

        var sink = new List<Token>();
        LatinTokenizer.Tokenize(text, sides, sink);
        return sink.Select(Show).ToList();
    }

    private static List<string> Reference(string text)
    {
        var blanked = text.Select(c => IsLatin(c) ? c : ' ').ToArray();
        var raw = new List<RawToken>();
        LuceneRunner.Run(LuceneAnalyzers.Latin, new string(blanked), raw);
        var tokens = new List<Token>();
        var covered = 0;
        foreach (var t in raw)
        {
            AddPunctuation(covered, t.Start);
            var kind = t.Type == "<NUM>" ? TokenKind.Number : TokenKind.Word;
            tokens.Add(new Token(new TextSpan(t.Start, t.End), text.Substring(t.Start, t.End - t.Start).ToLowerInvariant(), kind));
            covered = t.End;
        }

        AddPunctuation(covered, blanked.Length);
        return tokens.Select(Show).ToList();

        void AddPunctuation(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (blanked[i] != ' ' && !char.IsLetterOrDigit(blanked[i]))
                {
                    tokens.Add(new Token(new TextSpan(i, i + 1), blanked[i].ToString(), TokenKind.Punctuation));
                }
            }
        }
    }

    private static bool IsLatin(char c) => c is not (' ' or '\n') && DocumentTokenizer.IsLatinSide(c);

    private static string Show(Token t) => $"{t.Term}@{t.Span.Start}-{t.Span.End}:{t.Kind}";
}
