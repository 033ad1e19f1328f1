using Tupu.Domain.Graph;

namespace Tupu.Pipeline.Running;

/// <summary>What an ingest did; printed as the CLI summary (readable or --json).</summary>
public sealed record IngestReport(
    int Ingested,
    int Replaced,
    int Unchanged,
    IReadOnlyList<ArticleFailure> Failures,
    IReadOnlyList<TypeCount> Entities,
    IReadOnlyList<TypeCount> Relationships,
    long Bytes,
    TimeSpan Elapsed)
{
    public int Failed => Failures.Count;
}
