using FsCheck;
using FsCheck.Fluent;
using Tupu.Domain;
using Tupu.Text.Html;
using Tupu.Text.Tests.Support;
using Xunit;

namespace Tupu.Text.Tests.Html;

public sealed class HtmlArticleExtractorTests
{
    [Fact]
    public void Densest_block_is_chosen_without_article_or_main()
    {
        var html = "<html><body><div class='top'>Home About</div><div><p>First long paragraph of the story text.</p><p>Second paragraph.</p></div><div><p>Short.</p></div></body></html>";
        var page = HtmlArticleExtractor.Extract(html, "p.html");
        Assert.Equal("First long paragraph of the story text.\n\nSecond paragraph.", page.Text);
    }

    [Fact]
    public void Noise_by_role_class_and_header_is_removed()
    {
        var html = "<body><header>Site header</header><div role='navigation'>Nav</div><main><div class='share-bar'>Share</div><p>Story 黄仁勋 said.</p><div id='comments'>Comment</div></main><div class='gdpr-consent'>Accept</div></body>";
        var page = HtmlArticleExtractor.Extract(html, "p.html");
        Assert.Equal("Story 黄仁勋 said.", page.Text);
    }

    [Fact]
    public void Metadata_falls_back_to_title_and_canonical_link()
    {
        var html = "<html lang='zh-Hant'><head><title>新聞標題</title><link rel='canonical' href='https://example.com/n/1'><meta name='pubdate' content='2025-01-02'></head><body><p>內文。</p></body></html>";
        var page = HtmlArticleExtractor.Extract(html, "p.html");
        Assert.Equal("新聞標題", page.Metadata.Title);
        Assert.Equal("https://example.com/n/1", page.Metadata.Url);
        Assert.Equal(new DateOnly(2025, 1, 2), page.Metadata.Published);
        Assert.Equal("zh-Hant", page.Metadata.Language);
    }

    [Fact]
    public void Page_without_text_is_a_clear_error()
    {
        var ex = Assert.Throws<TupuException>(() => HtmlArticleExtractor.Extract("<html><body><script>x()</script></body></html>", "p.html"));
        Assert.Equal(ErrorCode.NoTextContent, ex.Code);
    }

    [Fact]
    public void Deep_nesting_uses_the_stripper_and_keeps_the_text()
    {
        var html = string.Concat(Enumerable.Repeat("<span><div>", 6000)) + "深层文本 &amp; more" + string.Concat(Enumerable.Repeat("</div></span>", 6000));
        var page = HtmlArticleExtractor.Extract(html, "deep.html");
        Assert.Equal("深层文本 & more", page.Text);
    }

    [Theory]
    [InlineData("a < b and c > d", "a < b and c > d")]
    [InlineData("<p>x</p><script>if (a<b) {}</script><p>y</p>", "x\n\ny")]
    [InlineData("<!-- hidden <p>no</p> -->shown", "shown")]
    [InlineData("Tom &amp Jerry &lt;3 &#x4E2D;", "Tom &amp Jerry <3 中")]
    [InlineData("<nav>menu</nav><p>body</p><footer>foot</footer>", "body")]
    public void Stripper_cases(string html, string expected) => Assert.Equal(expected, HtmlTagStripper.Strip(html));

    [Fact]
    public void Fuzz_Any_markup_is_extracted_or_fails_cleanly() => Fuzz.Check(
        Prop.ForAll(Fuzz.HtmlLike, html => Fuzz.SucceedsOrFailsCleanly(() => HtmlArticleExtractor.Extract(html, "fuzz.html"))),
        300);
    [Fact]
    public void Fuzz_Any_string_is_extracted_or_fails_cleanly() => Fuzz.Check(
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), html => Fuzz.SucceedsOrFailsCleanly(() => HtmlArticleExtractor.Extract(html ?? string.Empty, "fuzz.html"))),
        300);
    [Fact]
    public void Fuzz_Streaming_stripper_gives_the_same_text_whatever_the_chunking() => Fuzz.Check(
        Prop.ForAll(Fuzz.HtmlLike, Arb.From(Gen.Choose(1, 17)), (html, chunk) =>
        {
            var stripper = new HtmlTagStripper();
            var output = new System.Text.StringBuilder();
            for (var i = 0; i < html.Length; i += chunk)
            {
                stripper.Feed(html.AsSpan(i, Math.Min(chunk, html.Length - i)), output);
            }

            stripper.Finish(output);
            return output.ToString().Trim() == HtmlTagStripper.Strip(html);
        }),
        200);}
