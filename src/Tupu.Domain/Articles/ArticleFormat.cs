namespace Tupu.Domain.Articles;

/// <summary>How the article's bytes are laid out.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
}
