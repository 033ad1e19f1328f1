using Tupu.Domain.Articles;

namespace Tupu.Pipeline.Running;

/// <summary>
/// An article with the input it came from (for errors and progress) and the bytes of that input it accounts for: the
/// whole file for a file of one article; for a large file read in parts, each part's share, the parts of a file adding
/// up to its size (see <see cref="ArticleSource"/>).
/// </summary>
internal sealed record SourcedArticle(string Path, Article Article, long Bytes)
{
    /// <summary>What the writer keeps of this article once it is analysed.</summary>
    public ArticleFootprint Footprint => new(Path, Bytes, Article.Text.Length);
}
