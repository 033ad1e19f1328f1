namespace Tupu.Pipeline.Running;

/// <summary>How an ingest runs.</summary>
/// <param name="Jobs">
/// Articles analysed in parallel. 1 runs every stage of every article on one thread, in order; more overlap the stages
/// (analysis on <c>Jobs</c> workers, resolution and the one writer alongside). The graph is the same either way.
/// </param>
public sealed record IngestOptions(int Jobs)
{
    public static IngestOptions Default { get; } = new(Environment.ProcessorCount);
}
