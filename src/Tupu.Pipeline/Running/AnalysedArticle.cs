using Tupu.Domain.Graph;

namespace Tupu.Pipeline.Running;

/// <summary>An article ready for the writer: its graph batch, or null when its analysis failed (already reported).</summary>
internal sealed record AnalysedArticle(ArticleFootprint Article, GraphBatch? Batch);
