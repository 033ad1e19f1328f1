using Tupu.Domain;
using Tupu.Domain.Articles;

namespace Tupu.Text.Reading;

/// <summary>One article read, or the error that stopped it (exactly one of the two is set).</summary>
public sealed record ArticleReadResult(Article? Article, TupuException? Error);
