using Tupu.Domain.Text;

namespace Tupu.Domain.Relations;

/// <summary>
/// Where a claim was read. <paramref name="Sentence"/> is quoted as the source printed it;
/// <paramref name="SourceSpan"/> is that sentence's span in the article's source text (<c>Article.Text</c>).
/// </summary>
public sealed record Evidence(
    string ArticleId,
    string Sentence,
    TextSpan SourceSpan,
    string Trigger,
    DateOnly? Published);
