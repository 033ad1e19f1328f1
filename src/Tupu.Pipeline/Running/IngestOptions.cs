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
/// <param name="TextInFlightPerJob">
/// Characters of article text each job may have between reading and writing (see <see cref="TextWindow"/>); one job
/// writes its group of articles when it reaches this much. An article larger than that is analysed alone.
/// </param>
public sealed record IngestOptions(
    int Jobs,
    int LearnedNamesInMemory = CatalogSpill.DefaultNamesInMemory,
    int TextInFlightPerJob = IngestOptions.DefaultTextInFlightPerJob)
{
    /// <summary>
    /// 512 Ki characters a job: about 500 news articles of the synthetic corpus, more than the 8 recognitions and 128
    /// finished articles a job otherwise has in flight, so only articles of hundreds of kilobytes ever wait for it.
    /// </summary>
    public const int DefaultTextInFlightPerJob = 512 * 1024;

    public static IngestOptions Default { get; } = new(Environment.ProcessorCount);
}
