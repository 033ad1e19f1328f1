using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Entities;
using Tupu.Pipeline.GraphMapping;

namespace Tupu.Pipeline.Running;

/// <summary>
/// One ingest's state and the steps every schedule (<see cref="SequentialIngest"/>, <see cref="PipelinedIngest"/>) is
/// made of. Recognition and extraction are pure and may run on any thread; <see cref="Resolve"/> must be called in
/// article order, one call at a time, because each article extends the catalog the next one is resolved against.
/// A step that fails reports the article and returns null, so the batch goes on.
/// </summary>
internal sealed class IngestRun(
    ArticleAnalyzer analyzer,
    MentionRecognizer recognizer,
    EntityCatalog catalog,
    GraphMapper mapper,
    IGraphStore store,
    IngestTally tally,
    IIngestObserver? observer)
{
    /// <summary>
    /// Articles stored per write call: fewer transactions, while a kill still costs at most this many articles. Each
    /// commit writes every page the group changed once, so larger groups write less: 128 instead of 32 halved the write
    /// calls of a 10 MB ingest (244,000 to 127,000) and took about a tenth off the writer's CPU time at 50 MB.
    /// </summary>
    public const int ArticlesPerWrite = 128;

    private readonly HeapCompaction _heap = new(HeapCompaction.DefaultAllowedGrowth);
    private EntityCatalog _catalog = catalog;

    /// <summary>True (and counted, and reported as finished) when the store already holds this exact article.</summary>
    public async Task<bool> SkipIfUnchangedAsync(SourcedArticle item, CancellationToken cancellationToken)
    {
        if (!await store.IsUnchangedAsync(item.Article.SourceKey, item.Article.ContentHash, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        tally.SkipUnchanged(item.Bytes);
        observer?.Finished(item.Path, item.Bytes);
        return true;
    }

    public MentionedDocument? Recognize(SourcedArticle item) =>
        Attempt(item, () => analyzer.Recognize(item.Article, recognizer));

    /// <summary>Resolves against everything resolved before, then teaches the catalog this article. In article order only.</summary>
    public ResolvedDocument? Resolve(SourcedArticle item, MentionedDocument? mentioned)
    {
        if (mentioned is null || Attempt(item, () => ArticleAnalyzer.Resolve(mentioned, _catalog)) is not { } resolved)
        {
            return null;
        }

        _catalog = _catalog.Learn(resolved);
        return resolved;
    }

    public GraphBatch? Extract(SourcedArticle item, ResolvedDocument? resolved) =>
        resolved is null ? null : Attempt(item, () => analyzer.Extract(resolved, mapper));

    /// <summary>
    /// Stores the analysed articles in order, as one group (see <see cref="IGraphStore.WriteManyAsync"/>); an article
    /// the store refuses is reported and the others are kept. Those whose analysis failed are only reported as finished.
    /// Then the heap is compacted if it has become fragmented (<see cref="HeapCompaction"/>).
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<AnalysedArticle> articles, CancellationToken cancellationToken)
    {
        var analysed = articles.Where(a => a.Batch is not null).ToList();
        if (analysed.Count > 0)
        {
            try
            {
                var attempts = await store.WriteManyAsync([.. analysed.Select(a => a.Batch!)], cancellationToken).ConfigureAwait(false);
                foreach (var (item, attempt) in analysed.Select(a => a.Article).Zip(attempts))
                {
                    if (attempt.Result is { } result)
                    {
                        tally.Written(result, item.Bytes);
                    }
                    else
                    {
                        tally.Fail(item.Path, attempt.Error!.CodeText, attempt.Error.Message);
                    }
                }
            }
            catch (TupuException error)
            {
                // The group as a whole could not be stored (the store itself failed): none of its articles is kept.
                foreach (var (item, _) in analysed)
                {
                    tally.Fail(item.Path, error.CodeText, error.Message);
                }
            }
        }

        foreach (var (item, _) in articles)
        {
            observer?.Finished(item.Path, item.Bytes);
        }

        _heap.CompactIfFragmented();
    }

    private T? Attempt<T>(SourcedArticle item, Func<T> stage)
        where T : class
    {
        try
        {
            return stage();
        }
        catch (TupuException error)
        {
            tally.Fail(item.Path, error.CodeText, error.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A defect in one stage must not cost the rest of the batch; it is reported with the article.
            tally.Fail(item.Path, "T000", $"internal error: {error.GetType().Name}: {error.Message}");
        }

        return null;
    }
}
