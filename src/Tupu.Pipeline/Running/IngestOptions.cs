using Tupu.Entities;

namespace Tupu.Pipeline.Running;

/// <summary>How an ingest runs.</summary>
/// <param name="Jobs">
/// Articles analysed in parallel. 1 runs every stage of every article on one thread, in order; more overlap the stages
/// (analysis on <c>Jobs</c> workers, resolution and the one writer alongside). The graph is the same either way.
/// </param>
/// <param name="LearnedNamesInMemory">
/// Names learned during the run that the catalog holds in memory; past that they move to a private file on disk (see
/// <see cref="CatalogSpill"/>), so memory does not grow with the corpus. The graph is the same whatever the limit.
/// </param>
public sealed record IngestOptions(int Jobs, int LearnedNamesInMemory = CatalogSpill.DefaultNamesInMemory)
{
    public static IngestOptions Default { get; } = new(Environment.ProcessorCount);
}
