using Tupu.Domain;
using Tupu.Domain.Text;
using Tupu.Text.Normalization;
using Tupu.Text.Tests.Support;
using Tupu.Text.Tokenization;
using Xunit;

namespace Tupu.Text.Tests.Tokenization;

public sealed class DocumentTokenizerTests
{
    private readonly TextNormalizer _normalizer = new();
    private readonly DocumentTokenizer _tokenizer = new();

    /// <summary>Text → terms → start offsets → end offsets, in the manner of Lucene's SmartCn offset tests.</summary>
    public static TheoryData<string, string[], int[], int[]> Offsets => new()
    {
        { "我购买了道具和服装。", ["我", "购买", "了", "道具", "和", "服装", ","], [0, 1, 3, 4, 6, 7, 9], [1, 3, 4, 6, 7, 9, 10] },
        { "英伟达发布新芯片", ["英", "伟", "达", "发布", "新", "芯片"], [0, 1, 2, 3, 5, 6], [1, 2, 3, 5, 6, 8] },
        { "OpenAI发布GPT-4。", ["openai", "发布", "gpt", "-", "4", ","], [0, 6, 8, 11, 12, 13], [6, 8, 11, 12, 13, 14] },
        { "Nvidia's CEO said 2.5", ["nvidia's", "ceo", "said", "2.5"], [0, 9, 13, 18], [8, 12, 17, 21] },
        { "2024年阿里巴巴", ["2024", "年", "阿里", "巴", "巴"], [0, 4, 5, 7, 8], [4, 5, 7, 8, 9] },
        { "2024年7月发布", ["2024", "年", "7", "月", "发布"], [0, 4, 5, 6, 7], [4, 5, 6, 7, 9] },
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Terms_and_offsets(string text, string[] terms, int[] starts, int[] ends)
    {
        var tokens = _tokenizer.Tokenize(_normalizer.Normalize(TestArticles.Create(text))).Tokens;
        Assert.Equal(terms, tokens.Select(t => t.Term).ToArray());
        Assert.Equal(starts, tokens.Select(t => t.Span.Start).ToArray());
        Assert.Equal(ends, tokens.Select(t => t.Span.End).ToArray());
    }

    [Fact]
    public void Surfaces_keep_case_and_kinds_are_set()
    {
        var document = _normalizer.Normalize(TestArticles.Create("Alibaba发布了Qwen3，共2个版本。"));
        var tokens = _tokenizer.Tokenize(document).Tokens;
        var surfaces = tokens.Select(t => (t.Span.Of(document.Text), t.Kind)).ToArray();
        Assert.Contains(("Alibaba", TokenKind.Word), surfaces);
        Assert.Contains(("Qwen3", TokenKind.Word), surfaces);
        Assert.Contains(("发布", TokenKind.Han), surfaces);
        Assert.Contains(("2", TokenKind.Number), surfaces);
        Assert.Contains(("，", TokenKind.Punctuation), surfaces);
        Assert.Contains(("。", TokenKind.Punctuation), surfaces);
    }

    [Fact]
    public void Traditional_text_tokenizes_after_conversion()
    {
        var document = _normalizer.Normalize(TestArticles.Create("輝達執行長黃仁勳發表演講。"));
        var tokens = _tokenizer.Tokenize(document).Tokens;
        Assert.Contains(tokens, t => t.Term == "发表");
        Assert.Contains(tokens, t => t.Term == "演讲");
    }

    [Fact]
    public void Kept_spans_stay_whole_and_gaps_are_tokenized()
    {
        var document = _normalizer.Normalize(TestArticles.Create("英伟达首席执行官黄仁勋发表演讲"));
        var nvidia = new TextSpan(0, 3);
        var huang = new TextSpan(8, 11);
        var tokens = _tokenizer.Tokenize(document, [huang, nvidia]).Tokens;
        Assert.Equal(["英伟达", "首席", "执行官", "黄仁勋", "发表", "演讲"], tokens.Select(t => t.Span.Of(document.Text)).ToArray());
        Assert.Equal(TokenKind.Han, tokens[0].Kind);
    }

    [Fact]
    public void Overlapping_kept_spans_are_rejected()
    {
        var document = _normalizer.Normalize(TestArticles.Create("英伟达首席执行官黄仁勋"));
        var ex = Assert.Throws<TupuException>(() => _tokenizer.Tokenize(document, [new TextSpan(0, 3), new TextSpan(2, 5)]));
        Assert.Equal(ErrorCode.OverlappingMentions, ex.Code);
        ex = Assert.Throws<TupuException>(() => _tokenizer.Tokenize(document, [new TextSpan(0, 99)]));
        Assert.Equal(ErrorCode.InvalidSpan, ex.Code);
    }

    [Fact]
    public void Tokens_are_ordered_and_within_the_text()
    {
        var document = _normalizer.Normalize(TestArticles.Create("据报道，Meta的Llama 3.1在2024年7月发布；“开源”是关键。\n\nMr. Zuckerberg said so."));
        var tokens = _tokenizer.Tokenize(document).Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.InRange(tokens[i].Span.End, tokens[i].Span.Start + 1, document.Text.Length);
            Assert.False(string.IsNullOrWhiteSpace(tokens[i].Span.Of(document.Text)));
            if (i > 0)
            {
                Assert.True(tokens[i].Span.Start >= tokens[i - 1].Span.End, $"token {i} overlaps its predecessor: " + string.Join(" | ", tokens.Select(t => $"{t.Term}@{t.Span}")));
            }
        }
    }

    [Fact]
    public void Is_thread_safe()
    {
        var texts = Enumerable.Range(0, 16).Select(i => $"第{i}号模型由阿里巴巴发布，OpenAI随后跟进。Model {i} shipped.").ToArray();
        var expected = texts.Select(t => Describe(t)).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var k = i % texts.Length;
            actual[k] = Describe(texts[k]);
        });
        Assert.Equal(expected, actual);
    }

    private string Describe(string text)
    {
        var document = _normalizer.Normalize(TestArticles.Create(text));
        return string.Join('|', _tokenizer.Tokenize(document).Tokens.Select(t => $"{t.Term}@{t.Span.Start}-{t.Span.End}"));
    }

    [Fact]
    public void Very_long_han_line_without_punctuation_tokenizes_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("人工智能模型训练数据中心芯片", 20_000)); // 280 k Han characters, no break
        var document = _normalizer.Normalize(TestArticles.Create(text));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var tokens = _tokenizer.Tokenize(document).Tokens;
        watch.Stop();
        Assert.Equal(text.Length, tokens[^1].Span.End);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
