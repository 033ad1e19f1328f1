using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Tupu.Domain;
using Tupu.Domain.Articles;

namespace Tupu.Text.Html;

/// <summary>
/// Extracts an article's main text and metadata from a page with AngleSharp: noise (scripts, navigation, asides,
/// footers, cookie banners, share bars) is removed, then the text of &lt;article&gt;, &lt;main&gt; or the block with the
/// most paragraph text is taken. Pages nested too deep for a DOM fall back to <see cref="HtmlTagStripper"/>.
/// </summary>
internal static partial class HtmlArticleExtractor
{
    /// <summary>Nesting beyond which a DOM is not built (browsers cap nesting near this; deeper pages are malformed).</summary>
    internal const int MaxDomDepth = 512;

    private const string NoiseSelector =
        "script,style,noscript,template,nav,aside,footer,form,iframe,svg,button,select,input,textarea,object,embed,canvas," +
        "[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[aria-hidden=true],[hidden]";

    private static readonly HashSet<string> BlockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "BR", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "SECTION", "ARTICLE", "MAIN",
        "HEADER", "TR", "TABLE", "FIGCAPTION", "FIGURE", "PRE", "DD", "DT", "DL", "HR",
    };

    public static HtmlExtraction Extract(string html, string source)
    {
        if (HtmlDepth.Estimate(html) > MaxDomDepth)
        {
            return Checked(HtmlTagStripper.Strip(html), ArticleMetadata.Empty, source);
        }

        IDocument document;
        try
        {
            document = new HtmlParser().ParseDocument(html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new TupuException(ErrorCode.MalformedHtml, $"{source}: the HTML could not be parsed ({ex.Message}).", ex);
        }

        using (document)
        {
            var metadata = Metadata(document);
            RemoveNoise(document);
            var root = MainElement(document);
            return Checked(root is null ? string.Empty : TextOf(root), metadata, source);
        }
    }

    private static HtmlExtraction Checked(string text, ArticleMetadata metadata, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TupuException(ErrorCode.NoTextContent, $"{source}: the page has no article text.");
        }

        return new HtmlExtraction(text, metadata);
    }

    private static ArticleMetadata Metadata(IDocument document)
    {
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;

        var title = Meta("meta[property='og:title']") ?? (document.Title is { Length: > 0 } t ? t.Trim() : null)
            ?? document.QuerySelector("h1")?.TextContent.Trim();
        var published = Meta("meta[property='article:published_time']") ?? Meta("meta[name='pubdate']")
            ?? Meta("meta[name='publishdate']") ?? Meta("meta[name='date']")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var url = Meta("meta[property='og:url']") ?? document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        var language = document.DocumentElement?.GetAttribute("lang");
        return new ArticleMetadata(
            Title: string.IsNullOrEmpty(title) ? null : title,
            Outlet: Meta("meta[property='og:site_name']"),
            Published: ParseDate(published),
            Url: string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Language: string.IsNullOrWhiteSpace(language) ? null : language.Trim());
    }

    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.UtcDateTime)
            : null;
    }

    private static void RemoveNoise(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NoiseSelector).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[class],[id]").ToList())
        {
            var name = element.LocalName;
            if (name is "html" or "body" or "article" or "main" || element.QuerySelector("article,main") is not null)
            {
                continue;
            }

            var marker = (element.GetAttribute("class") ?? string.Empty) + " " + (element.GetAttribute("id") ?? string.Empty);
            if (NoiseMarker().IsMatch(marker))
            {
                element.Remove();
            }
        }

        foreach (var header in document.QuerySelectorAll("header").ToList())
        {
            if (header.Closest("article") is null)
            {
                header.Remove();
            }
        }
    }

    private static IElement? MainElement(IDocument document)
    {
        var article = document.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length);
        if (article is not null && article.TextContent.Trim().Length > 0)
        {
            return article;
        }

        var main = document.QuerySelector("main,[role=main]");
        if (main is not null && main.TextContent.Trim().Length > 0)
        {
            return main;
        }

        // The densest block: the element whose own <p> children hold the most text.
        IElement? best = null;
        var bestScore = 0;
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is { } parent)
            {
                var score = parent.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length);
                if (score > bestScore)
                {
                    best = parent;
                    bestScore = score;
                }
            }
        }

        return best ?? document.Body;
    }

    private static string TextOf(IElement root)
    {
        // Iterative walk: deep pages must not exhaust the stack.
        var output = new StringBuilder();
        var pendingBreak = false;
        var pendingSpace = false;
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var block = BlockNames.Contains(element.TagName);
                if (block)
                {
                    pendingBreak = output.Length > 0;
                }

                if (!exit)
                {
                    stack.Push((node, true));
                    for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
                    {
                        stack.Push((node.ChildNodes[i], false));
                    }
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                foreach (var c in node.TextContent)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        pendingSpace = output.Length > 0;
                        continue;
                    }

                    if (pendingBreak)
                    {
                        output.Append("\n\n");
                    }
                    else if (pendingSpace)
                    {
                        output.Append(' ');
                    }

                    pendingBreak = pendingSpace = false;
                    output.Append(c);
                }
            }
        }

        return output.ToString();
    }

    [GeneratedRegex(@"cookie|consent|gdpr|banner|newsletter|subscribe|share|social|related|recommend|comment|advert|(^|[\s_-])ads?([\s_-]|$)|promo|breadcrumb|sidebar|(^|[\s_-])menu|popup|modal|footer|navbar|(^|[\s_-])nav([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoiseMarker();
}
