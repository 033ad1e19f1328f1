using Tupu.Domain.Articles;

namespace Tupu.Text.Html;

/// <summary>The main text of a page (paragraphs separated by blank lines) and what the page says about itself.</summary>
internal sealed record HtmlExtraction(string Text, ArticleMetadata Metadata);
