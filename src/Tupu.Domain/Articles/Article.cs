namespace Tupu.Domain.Articles;

/// <summary>
/// The first pipeline stage: an article as read from its source. <see cref="Text"/> is the decoded body exactly as the
/// source printed it (for HTML, the extracted main text; front matter removed) and is what evidence quotes.
/// </summary>
/// <param name="Id">Stable id derived from the source key and the content hash ("a-" + 16 hex digits).</param>
/// <param name="SourceKey">Where it came from: the url when the front matter gives one, else the path as given, or "stdin".</param>
/// <param name="ContentHash">SHA-256 (hex) of the decoded body text.</param>
/// <param name="Encoding">Name of the detected encoding ("utf-8", "gb18030", "big5", "utf-16").</param>
public sealed record Article(
    string Id,
    string SourceKey,
    ArticleFormat Format,
    string Encoding,
    string ContentHash,
    ArticleMetadata Metadata,
    string Text);
