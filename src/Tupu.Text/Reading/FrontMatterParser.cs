using System.Text.RegularExpressions;
using Tupu.Domain;
using Tupu.Domain.Articles;
using Tupu.Text.Html;

namespace Tupu.Text.Reading;

/// <summary>
/// Reads a YAML-like front-matter header ("---", "key: value" lines, "---") with title, outlet, published (ISO date),
/// url, language and encoding. A leading "---" that is not followed by a "key:" line is a Markdown rule, not a header.
/// </summary>
internal static partial class FrontMatterParser
{
    private const int MaxLines = 60;

    /// <summary>The metadata and the offset where the body starts (0 when there is no header).</summary>
    public static (ArticleMetadata Metadata, int BodyStart) Parse(string text, string source)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (!Opening().IsMatch(text.AsSpan(start, Math.Min(text.Length - start, 200))))
        {
            return (ArticleMetadata.Empty, 0);
        }

        var metadata = ArticleMetadata.Empty;
        var position = text.IndexOf('\n', start) + 1;
        for (var line = 1; line <= MaxLines && position < text.Length; line++)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            var content = text.AsSpan(position, (end < 0 ? text.Length : end) - position).Trim();
            if (content is "---" or "...")
            {
                return (metadata, next);
            }

            if (content.Length > 0 && content[0] != '#')
            {
                var colon = content.IndexOf(':');
                if (colon <= 0)
                {
                    throw new TupuException(ErrorCode.MalformedFrontMatter, $"{source}: front-matter line {line + 1} is not 'key: value'.");
                }

                metadata = Apply(metadata, content[..colon].Trim().ToString(), Unquote(content[(colon + 1)..].Trim().ToString()), source);
            }

            position = next;
        }

        throw new TupuException(ErrorCode.MalformedFrontMatter, $"{source}: the front matter opened with '---' is never closed.");
    }

    private static ArticleMetadata Apply(ArticleMetadata metadata, string key, string value, string source)
    {
        if (value.Length == 0)
        {
            return metadata;
        }

        return key.ToLowerInvariant() switch
        {
            "title" => metadata with { Title = value },
            "outlet" or "source" or "publisher" => metadata with { Outlet = value },
            "url" or "link" => metadata with { Url = value },
            "language" or "lang" => metadata with { Language = value },
            "published" or "date" => metadata with
            {
                Published = HtmlArticleExtractor.ParseDate(value)
                    ?? throw new TupuException(ErrorCode.MalformedFrontMatter, $"{source}: front-matter date '{value}' is not an ISO date (yyyy-MM-dd)."),
            },
            _ => metadata,
        };
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\'')) ? value[1..^1] : value;

    [GeneratedRegex(@"\A---[ \t]*\r?\n[ \t]*[A-Za-z_][A-Za-z0-9_\-]*[ \t]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}
