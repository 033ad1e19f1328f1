using Tupu.Domain.Articles;
using Tupu.Text.Reading;

namespace Tupu.Text.Tests.Support;

internal static class TestArticles
{
    public static Article Create(string text, ArticleFormat format = ArticleFormat.PlainText) =>
        ArticleFactory.Create("test.txt", format, "utf-8", ArticleMetadata.Empty, text);
}
