using System.Diagnostics;
using Tupu.Domain.Articles;
using Tupu.Text.Html;
using Tupu.Text.Normalization;
using Tupu.Text.Tests.Support;
using Xunit;

namespace Tupu.Text.Tests.Normalization;

/// <summary>Inputs that would expose quadratic scans: each must finish in well under a second per 100 k characters.</summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData("[")]
    [InlineData("*")]
    [InlineData("<a")]
    [InlineData("![x](")]
    [InlineData("執(")]
    [InlineData(".")]
    [InlineData("!")]
    [InlineData("e\u0301")]
    public void Markdown_line_of_one_repeated_piece(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 200_000));
        var watch = Stopwatch.StartNew();
        new TextNormalizer().Normalize(TestArticles.Create(text, ArticleFormat.Markdown));
        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("<a")]
    [InlineData("<")]
    [InlineData("<!--")]
    [InlineData("&")]
    [InlineData("<div>")]
    public void Html_of_one_repeated_piece(string piece)
    {
        var html = string.Concat(Enumerable.Repeat(piece, 200_000)) + " tail text";
        var watch = Stopwatch.StartNew();
        try
        {
            HtmlArticleExtractor.Extract(html, "p.html");
        }
        catch (Tupu.Domain.TupuException)
        {
        }

        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
    }
}
