using Tupu.Domain.Articles;
using Tupu.Domain.Text;
using Tupu.Text.Normalization;
using Tupu.Text.Tests.Support;
using Xunit;

namespace Tupu.Text.Tests.Normalization;

public sealed class TextNormalizerTests
{
    private readonly TextNormalizer _normalizer = new();

    [Theory]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("Ｑｗｅｎ３发布了。", "Qwen3发布了。")]
    [InlineData("他说：“好！”你呢？", "他说：“好！”你呢？")]
    [InlineData("「真的嗎？」他問。", "「真的吗？」他问。")]
    [InlineData("价格（约１０亿元），涨了…", "价格（约10亿元），涨了…")]
    [InlineData("ｶﾀｶﾅ", "カタカナ")]
    [InlineData("㈱", "(株)")]
    [InlineData("e\u0301", "é")]
    public void Width_folding_keeps_chinese_punctuation(string source, string expected) =>
        Assert.Equal(expected, _normalizer.Normalize(TestArticles.Create(source)).Text);

    [Theory]
    [InlineData("  a \t  b  \n\n\n  c  ", "a b\nc")]
    [InlineData("a\u00A0\u3000b", "a b")]
    [InlineData("x\u200By\uFEFFz\u0007", "xyz")]
    [InlineData("one\r\n\r\ntwo\rthree", "one\ntwo\nthree")]
    public void Whitespace_is_cleaned(string source, string expected) =>
        Assert.Equal(expected, _normalizer.Normalize(TestArticles.Create(source)).Text);

    [Fact]
    public void Hard_wrapped_lines_join_and_han_joins_without_space()
    {
        var english = "Nvidia said on Tuesday that its new chips would ship to cloud providers\nlater this year, according to the company.";
        Assert.Equal(english.Replace('\n', ' '), _normalizer.Normalize(TestArticles.Create(english)).Text);
        var chinese = "英伟达周二表示，其新一代人工智能芯片将在今年晚些时候向云计算服务商\n供货，该公司在声明中说。";
        Assert.Equal(chinese.Replace("\n", string.Empty, StringComparison.Ordinal), _normalizer.Normalize(TestArticles.Create(chinese)).Text);
    }

    [Theory]
    [InlineData("執(zhí)行官", "执行官")]
    [InlineData("發(fā)表", "发表")]
    [InlineData("發(fa1)表了聲(shēng)明", "发表了声明")]
    [InlineData("首席執（zhí）行官", "首席执行官")]
    [InlineData("黄仁勋(Jensen Huang)表示", "黄仁勋(Jensen Huang)表示")]
    [InlineData("发布了模型(GPT-4)。", "发布了模型(GPT-4)。")]
    [InlineData("人工智能(AI)", "人工智能(AI)")]
    [InlineData("咖啡(café)", "咖啡(café)")]
    [InlineData("Hello (zhí) world", "Hello (zhí) world")]
    public void Romanisation_glosses_are_removed(string source, string expected) =>
        Assert.Equal(expected, _normalizer.Normalize(TestArticles.Create(source)).Text);

    [Fact]
    public void Traditional_text_is_converted_and_quoted_as_printed()
    {
        var source = "輝達執(zhí)行長黃仁勳發(fā)表演講。\n\n他說：「台積電是重要夥伴。」";
        var document = _normalizer.Normalize(TestArticles.Create(source));
        Assert.Equal(Script.Traditional, document.SourceScript);
        Assert.Equal("辉达执行长黄仁勋发表演讲。\n他说：「台积电是重要伙伴。」", document.Text);
        var at = document.Text.IndexOf("黄仁勋", StringComparison.Ordinal);
        Assert.Equal("黃仁勳", document.SourceTextOf(new TextSpan(at, at + 3)));
        var partner = document.Text.IndexOf("台积电", StringComparison.Ordinal);
        Assert.Equal("台積電", document.SourceTextOf(new TextSpan(partner, partner + 3)));
        var title = document.Text.IndexOf("执行长", StringComparison.Ordinal);
        Assert.Equal("執(zhí)行長", document.SourceTextOf(new TextSpan(title, title + 3)));
        Assert.Equal("執", document.SourceTextOf(new TextSpan(title, title + 1)));
    }

    [Fact]
    public void Simplified_text_is_not_converted()
    {
        var document = _normalizer.Normalize(TestArticles.Create("著名企业家表示，公司将扩大投资。"));
        Assert.Equal(Script.Simplified, document.SourceScript);
        Assert.Equal("著名企业家表示，公司将扩大投资。", document.Text);
    }

    [Theory]
    [InlineData("正文第一段。\n\n版权所有 © 2025 科技日报 未经授权不得转载")]
    [InlineData("正文第一段。\n\n版權所有，翻印必究。")]
    [InlineData("Body text.\n\nCopyright 2025 Example Media. All rights reserved.")]
    [InlineData("正文第一段。\n\n联系我们：电话 010-12345678，邮箱 news@example.com")]
    [InlineData("Body text.\n\nContact us: +1 415 555 0100 or tips@example.com")]
    [InlineData("正文第一段。\n\n图/新华社 记者张三摄")]
    [InlineData("正文第一段。\n\n圖：中央社")]
    [InlineData("正文第一段。\n\n图片来源：视觉中国")]
    [InlineData("Body text.\n\nPhoto: Reuters")]
    [InlineData("Body text.\n\nImage: Getty Images")]
    [InlineData("正文第一段。\n\n免责声明：本文仅供参考，不构成投资建议。")]
    public void Boilerplate_paragraphs_are_dropped(string source)
    {
        var document = _normalizer.Normalize(TestArticles.Create(source));
        Assert.True(document.Text is "正文第一段。" or "Body text.", document.Text);
        Assert.Single(document.Sentences);
    }

    [Fact]
    public void Trailing_photo_credit_is_trimmed_from_a_caption()
    {
        var document = _normalizer.Normalize(TestArticles.Create("图为黄仁勋在发布会上演讲。（新华社记者 张三 摄）"));
        Assert.Equal("图为黄仁勋在发布会上演讲。", document.Text);
    }

    [Fact]
    public void Body_paragraph_mentioning_an_email_stays()
    {
        var source = "OpenAI said in a statement that it had received the complaint, which was sent to legal@example.com last week, and that it would respond in due course after reviewing the claims.";
        Assert.Equal(source, _normalizer.Normalize(TestArticles.Create(source)).Text);
    }

    [Fact]
    public void Markdown_syntax_is_stripped_with_offsets_into_the_raw_markdown()
    {
        var source = "# 阿里巴巴发布**Qwen3**\n\n据[路透社](https://example.com/r)报道，*通义千问*开源了。\n\n![图片](x.png)\n\n```\ncode();\n```\n- 第一点\n- 第二点";
        var document = _normalizer.Normalize(TestArticles.Create(source, ArticleFormat.Markdown));
        Assert.Equal("阿里巴巴发布Qwen3\n据路透社报道，通义千问开源了。\n第一点\n第二点", document.Text);
        var at = document.Text.IndexOf("Qwen3", StringComparison.Ordinal);
        Assert.Equal("Qwen3", document.SourceTextOf(new TextSpan(at, at + 5)));
        var reuters = document.Text.IndexOf("路透社", StringComparison.Ordinal);
        Assert.Equal("路透社", document.SourceTextOf(new TextSpan(reuters, reuters + 3)));
        Assert.Equal(4, document.Sentences.Select(s => s.Paragraph).Distinct().Count());
    }

    [Fact]
    public void Markdown_keeps_snake_case_and_arithmetic()
    {
        var document = _normalizer.Normalize(TestArticles.Create("The model_name is 2*3 wide.", ArticleFormat.Markdown));
        Assert.Equal("The model_name is 2*3 wide.", document.Text);
    }

    [Theory]
    [InlineData("輝達執(zhí)行長黃仁勳發(fā)表演講。\n\n版權所有 2025\n\nＧＰＴ－４ is here…")]
    [InlineData("# Title\n\n**Bold** [link](http://x) e\u0301 ㈱ 𝐀𝐁 \uD83D\uDE00 end")]
    [InlineData("正文。\n\n图/新华社\n\n  trailing   ")]
    public void Offset_map_round_trips(string source)
    {
        var format = source.StartsWith('#') ? ArticleFormat.Markdown : ArticleFormat.PlainText;
        var document = _normalizer.Normalize(TestArticles.Create(source, format));
        var map = document.Map;
        Assert.Equal(document.Text.Length, map.DerivedLength);
        Assert.Equal(source.Length, map.SourceLength);
        for (var i = 0; i < document.Text.Length; i++)
        {
            var span = map.ToSource(new TextSpan(i, i + 1));
            Assert.InRange(span.Start, 0, source.Length);
            Assert.InRange(span.End, span.Start, source.Length);
            var c = document.Text[i];
            if (char.IsLetterOrDigit(c) && c < 0x80 && !char.IsSurrogate(source[span.Start]))
            {
                // An ASCII letter or digit comes from a source character that folds to it.
                var quoted = span.Of(source).Normalize(System.Text.NormalizationForm.FormKC);
                Assert.Contains(c.ToString(), quoted, StringComparison.OrdinalIgnoreCase);
            }
        }

        foreach (var sentence in document.Sentences)
        {
            var quoted = document.SourceTextOf(sentence.Span);
            Assert.False(string.IsNullOrWhiteSpace(quoted));
        }
    }
}
