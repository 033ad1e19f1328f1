using System.Diagnostics;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Entities;
using Tupu.Pipeline.GraphMapping;
using Tupu.Text.Reading;

namespace Tupu.Pipeline.Running;

/// <summary>
/// Runs the pipeline over inputs into a store. With one job everything runs in article order on one thread; with more,
/// the stages overlap (see <see cref="PipelinedIngest"/>). Either way the graph is the same: recognition depends on the
/// lexicon alone, resolution runs in article order against everything resolved before, and one writer stores the
/// articles in order. A failing article is reported and skipped; the batch goes on.
/// </summary>
public sealed class IngestRunner(EntityLexicon lexicon, ArticleAnalyzer? analyzer = null, ArticleReader? reader = null)
{
    private readonly ArticleAnalyzer _analyzer = analyzer ?? new ArticleAnalyzer();
    private readonly ArticleReader _reader = reader ?? new ArticleReader();

    public async Task<IngestReport> RunAsync(
        IReadOnlyList<string> paths,
        IGraphStore store,
        IngestOptions options,
        IIngestObserver? observer = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TextInFlightPerJob, 1);
        var clock = Stopwatch.StartNew();
        using var spill = new CatalogSpill(options.LearnedNamesInMemory);
        // The stored entities are read one at a time into the catalog, which moves them to its spill in groups: a large
        // store is never held in memory whole (a rerun over the store of a 200 MB corpus peaked 74 MB higher when it
        // was). The outlet directory needs only the stored media outlets, which are few.
        var outlets = new List<Entity>();
        var stored = KeepingOutlets(store.StreamEntitiesAsync(cancellationToken).ToBlockingEnumerable(cancellationToken), outlets);
        var catalog = EntityCatalog.Build(lexicon, stored, spill).WithFuzzyIndexBuilt();
        var tally = new IngestTally();
        var run = new IngestRun(
            _analyzer,
            // Recognition sees the lexicon only, never what this or an earlier run learned: what it finds then cannot
            // depend on how far resolution has got (the job count) or on whether an earlier run was interrupted.
            new MentionRecognizer(EntityCatalog.Build(lexicon, [])),
            catalog,
            new GraphMapper(OutletDirectory.Build(lexicon, outlets)),
            store,
            tally,
            observer);

        if (observer is not null)
        {
            // The totals a progress display needs come from a walk of their own that keeps nothing: the list of every
            // input of a large corpus (87,000 paths for 200 MB) was the one thing besides the catalog that grew with it.
            var (count, bytes) = (0, 0L);
            foreach (var input in _reader.Discover(paths))
            {
                count++;
                bytes += input.Length;
            }

            observer.Discovered(count, bytes);
        }

        var articles = new ArticleSource(_reader, tally, observer).Read(_reader.Discover(paths));
        if (options.Jobs <= 1)
        {
            await SequentialIngest.RunAsync(run, articles, options.TextInFlightPerJob, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await PipelinedIngest.RunAsync(run, articles, options.Jobs, new TextWindow((long)options.Jobs * options.TextInFlightPerJob), cancellationToken).ConfigureAwait(false);
        }

        return tally.Report(clock.Elapsed);
    }

    /// <summary>The entities as they are read, with the media outlets among them added to <paramref name="outlets"/>.</summary>
    private static IEnumerable<Entity> KeepingOutlets(IEnumerable<Entity> entities, List<Entity> outlets)
    {
        foreach (var entity in entities)
        {
            if (entity.Type == EntityType.MediaOutlet)
            {
                outlets.Add(entity);
            }

            yield return entity;
        }
    }
}
