using System.Text;
using Tupu.Domain.Text;
using Tupu.Text.Tests.Support;
using Tupu.Text.Tokenization;
using Xunit;

namespace Tupu.Text.Tests.Tokenization;

/// <summary>
/// The pipeline segments Han runs with SmartCn's segmenter directly; these tests hold it to what SmartCn's own
/// HMMChineseTokenizer reports for the same text.
/// </summary>
public sealed class HanSegmenterTests
{
    [Theory]
    [InlineData("我购买了道具和服装。")]
    [InlineData("阿里巴巴周二发布了新一代通义千问大模型，公司表示该模型在多项测试中表现出色！真的吗？")]
    [InlineData("２０２４年７月，ＡＢＣ公司发布了３款产品")]
    [InlineData("他说：“这是一个好消息。”然后离开了。")]
    public void Terms_and_offsets_match_HMMChineseTokenizer(string text)
    {
        Assert.Equal(Reference(text), Segment(text));
    }

    [Fact]
    public void Corpus_Chinese_articles_segment_as_HMMChineseTokenizer_does()
    {
        var compared = 0;
        foreach (var (path, normalized) in Repository.NormalizedArticles().Where(a => a.Path.Contains("zh-", StringComparison.Ordinal)))
        {
            var text = HanOnly(normalized);
            var expected = Reference(text);
            var actual = Segment(text);
            var first = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            Assert.True(expected.SequenceEqual(actual), $"segmentation differs for {path} at token {first}: {Show(expected, first)} vs {Show(actual, first)}");
            compared++;
        }

        Assert.True(compared >= 10, $"only {compared} corpus articles found");
    }

    [Fact]
    public void A_run_longer_than_the_limit_is_cut_and_nothing_is_lost()
    {
        var sentence = "人工智能模型在多项测试中表现出色，";
        var text = string.Concat(Enumerable.Repeat(sentence, (HanSegmenter.MaxRunLength * 3 / sentence.Length) + 1));
        var tokens = Segment(text);
        Assert.Equal(text.Length, tokens.Sum(t => t.End - t.Start));
        Assert.True(tokens.Zip(tokens.Skip(1)).All(p => p.First.End == p.Second.Start));
    }

    private static string Show(List<(int Start, int End, string Term)> tokens, int at) =>
        string.Join(" | ", tokens.Skip(Math.Max(0, at - 2)).Take(5).Select(t => $"{t.Term}@{t.Start}-{t.End}"));

    private static List<(int Start, int End, string Term)> Segment(string text)
    {
        var sides = text.Select(c => IsBlank(c) ? Side.Blank : Side.Han).ToArray();
        var sink = new List<Token>();
        HanSegmenter.Segment(text, sides, sink);
        return sink.Select(t => (t.Span.Start, t.Span.End, t.Term)).ToList();
    }

    /// <summary>
    /// HMMChineseTokenizer over the same text. It joins words across blanks ("年 月" → "年月"), so each run of blanks is
    /// fenced with a delimiter at both ends first, and the fences' own tokens are dropped.
    /// </summary>
    private static List<(int Start, int End, string Term)> Reference(string text)
    {
        var fenced = text.ToCharArray();
        for (var i = 0; i < fenced.Length; i++)
        {
            var blank = IsBlank(text[i]);
            if (blank && (i == 0 || !IsBlank(text[i - 1]) || i == fenced.Length - 1 || !IsBlank(text[i + 1])))
            {
                fenced[i] = ',';
            }
        }

        var sink = new List<RawToken>();
        LuceneRunner.Run(LuceneAnalyzers.SmartCn, new string(fenced), sink);
        return sink.Where(t => !IsBlank(text[t.Start])).Select(t => (t.Start, t.End, t.Term)).ToList();
    }

    private static bool IsBlank(char c) => c is ' ' or '\n';

    /// <summary>The text with everything but Han characters and CJK punctuation blanked, as the pipeline hands it on.</summary>
    private static string HanOnly(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c < 0x2E80 ? ' ' : c);
        }

        return builder.ToString();
    }
}
