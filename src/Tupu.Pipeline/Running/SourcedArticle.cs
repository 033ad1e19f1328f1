using System.Text;
using Tupu.Domain.Articles;

namespace Tupu.Pipeline.Running;

/// <summary>An article with the input it came from (for errors and progress) and its size in UTF-8 bytes.</summary>
internal sealed record SourcedArticle(string Path, Article Article)
{
    public long Bytes { get; } = Encoding.UTF8.GetByteCount(Article.Text);
}
