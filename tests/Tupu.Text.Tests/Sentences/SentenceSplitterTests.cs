using Tupu.Domain.Text;
using Tupu.Text.Normalization;
using Tupu.Text.Tests.Support;
using Xunit;

namespace Tupu.Text.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private readonly TextNormalizer _normalizer = new();

    public static TheoryData<string, string[]> Chinese => new()
    {
        { "阿里巴巴发布了Qwen3。该模型已开源！你用过吗？", ["阿里巴巴发布了Qwen3。", "该模型已开源！", "你用过吗？"] },
        { "他说：“我们会继续投入。”随后离开了会场。", ["他说：“我们会继续投入。”", "随后离开了会场。"] },
        { "第一，扩大投资；第二，招聘人才。", ["第一，扩大投资；", "第二，招聘人才。"] },
        { "真的吗？！当然……我们拭目以待。", ["真的吗？！", "当然……", "我们拭目以待。"] },
        { "模型参数为2.5万亿。版本v1.2已发布。", ["模型参数为2.5万亿。", "版本v1.2已发布。"] },
        { "据报道，OpenAI的估值达到3000亿美元.此后股价上涨。", ["据报道，OpenAI的估值达到3000亿美元.", "此后股价上涨。"] },
    };

    public static TheoryData<string, string[]> TraditionalChinese => new()
    {
        { "輝達發表新晶片。「這是重要的一步。」黃仁勳說。", ["辉达发表新晶片。", "「这是重要的一步。」", "黄仁勋说。"] },
        { "台積電營收創新高！市場反應熱烈？", ["台积电营收创新高！", "市场反应热烈？"] },
    };

    public static TheoryData<string, string[]> English => new()
    {
        { "Mr. Huang spoke at the event. He was upbeat.", ["Mr. Huang spoke at the event.", "He was upbeat."] },
        { "Dr. Li joined Alibaba Group Holding Ltd. in 2019.", ["Dr. Li joined Alibaba Group Holding Ltd. in 2019."] },
        { "He works at Nvidia Corp. The company is based in California.", ["He works at Nvidia Corp.", "The company is based in California."] },
        { "The U.S. Commerce Department acted. Shares fell 2.5 percent.", ["The U.S. Commerce Department acted.", "Shares fell 2.5 percent."] },
        { "Big firms, e.g. Google and Meta, invest heavily. Others wait.", ["Big firms, e.g. Google and Meta, invest heavily.", "Others wait."] },
        { "Llama 3.1 vs. GPT-4o is close, i.e. nearly equal. Really?", ["Llama 3.1 vs. GPT-4o is close, i.e. nearly equal.", "Really?"] },
        { "It was No. 1 on Jan. 5 this year. \"Great!\" she said.", ["It was No. 1 on Jan. 5 this year.", "\"Great!\" she said."] },
        { "Jensen H. Huang leads Nvidia. Version 2.0.1 shipped.", ["Jensen H. Huang leads Nvidia.", "Version 2.0.1 shipped."] },
        { "Wait... what happened? Nobody knows!", ["Wait... what happened?", "Nobody knows!"] },
        { "Really?! Yes. \"Why?\" he asked.", ["Really?!", "Yes.", "\"Why?\" he asked."] },
    };

    [Theory]
    [MemberData(nameof(Chinese))]
    [MemberData(nameof(TraditionalChinese))]
    [MemberData(nameof(English))]
    public void Splits(string text, string[] expected)
    {
        var document = _normalizer.Normalize(TestArticles.Create(text));
        Assert.Equal(expected, document.Sentences.Select(s => s.Span.Of(document.Text)).ToArray());
    }

    [Theory]
    [InlineData("阿里巴巴发布了Qwen3模型。", SentenceLanguage.Zh)]
    [InlineData("OpenAI和Google都发布了新模型。", SentenceLanguage.Zh)]
    [InlineData("Alibaba released Qwen3 on Tuesday.", SentenceLanguage.En)]
    [InlineData("The model is called 通义千问 in China.", SentenceLanguage.En)]
    [InlineData("他说 this is really great 真的。", SentenceLanguage.Mixed)]
    public void Sentence_language(string text, SentenceLanguage expected)
    {
        var document = _normalizer.Normalize(TestArticles.Create(text));
        Assert.Equal(expected, Assert.Single(document.Sentences).Language);
    }

    [Fact]
    public void Sentences_carry_their_paragraph_index()
    {
        var document = _normalizer.Normalize(TestArticles.Create("第一段。还是第一段。\n\n第二段。\n\nThird one. Still third."));
        Assert.Equal([0, 0, 1, 2, 2], document.Sentences.Select(s => s.Paragraph).ToArray());
    }

    [Fact]
    public void Very_long_line_without_punctuation_is_linear()
    {
        var text = string.Concat(Enumerable.Repeat("人工智能模型训练数据 ", 200_000)); // 2.2 M chars, no sentence end
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = _normalizer.Normalize(TestArticles.Create(text));
        watch.Stop();
        Assert.Single(document.Sentences);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
