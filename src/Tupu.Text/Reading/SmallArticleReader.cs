using Tupu.Domain;
using Tupu.Domain.Articles;
using Tupu.Text.Decoding;
using Tupu.Text.Html;

namespace Tupu.Text.Reading;

/// <summary>Reads an input that fits in memory: decode, front matter, format extraction, one article.</summary>
internal static class SmallArticleReader
{
    public static ArticleReadResult Read(string path, string displayName, ReadOnlySpan<byte> bytes, ArticleFormat format, bool sniffHtml)
    {
        try
        {
            return new ArticleReadResult(Build(path, displayName, bytes, format, sniffHtml), null);
        }
        catch (TupuException ex)
        {
            return new ArticleReadResult(null, ex);
        }
    }

    private static Article Build(string path, string displayName, ReadOnlySpan<byte> bytes, ArticleFormat format, bool sniffHtml)
    {
        var decoded = TextDecoder.Decode(bytes, complete: true, displayName);
        var (metadata, bodyStart) = FrontMatterParser.Parse(decoded.Text, displayName);
        var body = decoded.Text[bodyStart..];
        if (sniffHtml && format == ArticleFormat.PlainText && LooksLikeHtml(body))
        {
            format = ArticleFormat.Html;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            throw new TupuException(ErrorCode.EmptyInput, $"{displayName}: the input has no text.");
        }

        if (format == ArticleFormat.Html)
        {
            var page = HtmlArticleExtractor.Extract(body, displayName);
            body = page.Text;
            metadata = Merge(metadata, page.Metadata);
        }

        return ArticleFactory.Create(ArticleFactory.SourceKeyOf(path, metadata), format, decoded.EncodingName, metadata, body);
    }

    /// <summary>Front matter wins over what a page says about itself.</summary>
    internal static ArticleMetadata Merge(ArticleMetadata preferred, ArticleMetadata fallback) => new(
        preferred.Title ?? fallback.Title,
        preferred.Outlet ?? fallback.Outlet,
        preferred.Published ?? fallback.Published,
        preferred.Url ?? fallback.Url,
        preferred.Language ?? fallback.Language);

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan().TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
