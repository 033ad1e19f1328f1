using System.Diagnostics;
using Tupu.Domain;
using Tupu.Domain.Articles;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Entities;
using Tupu.Pipeline.GraphMapping;
using Tupu.Text.Reading;

namespace Tupu.Pipeline.Running;

/// <summary>
/// Runs the pipeline over inputs into a store. Articles flow in chunks: recognition in parallel, resolution in
/// article order (each article may extend the catalog for the next), extraction in parallel, then one writer stores
/// the chunk in order while the next chunk is analysed. The output is therefore the same whatever the job count, and
/// memory is bounded by the chunk size, not the corpus size. A failing article is reported and skipped; the batch goes on.
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
        var clock = Stopwatch.StartNew();
        var known = await store.ReadEntitiesAsync(cancellationToken).ConfigureAwait(false);
        var catalog = EntityCatalog.Build(lexicon, known);
        var mapper = new GraphMapper(OutletDirectory.Build(lexicon, known));
        var tally = new IngestTally(known.Select(e => e.Id), await StoredRelationKeysAsync(store, cancellationToken).ConfigureAwait(false));

        var inputs = _reader.Discover(paths).ToList();
        observer?.Discovered(inputs.Count, inputs.Sum(i => i.Length));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = cancellationToken };

        // The store is touched only by one task at a time: the unchanged check of the next chunk runs after the
        // previous write finished and before this chunk's write starts, so each write overlaps the next chunk's analysis.
        using var chunks = ReadArticles(inputs, tally, observer).Chunk(options.ChunkSize).GetEnumerator();
        var fresh = chunks.MoveNext() ? await WithoutUnchangedAsync(chunks.Current, store, tally, observer, cancellationToken).ConfigureAwait(false) : null;
        Task pendingWrite = Task.CompletedTask;
        while (fresh is not null)
        {
            var recognizer = new MentionRecognizer(catalog);
            var mentioned = new MentionedDocument?[fresh.Count];
            var current = fresh;
            Parallel.For(0, current.Count, parallel, i => mentioned[i] = Attempt(current[i], tally, () => _analyzer.Recognize(current[i].Article, recognizer)));

            var resolved = new ResolvedDocument?[current.Count];
            for (var i = 0; i < current.Count; i++)
            {
                if (mentioned[i] is { } document && Attempt(current[i], tally, () => ArticleAnalyzer.Resolve(document, catalog)) is { } result)
                {
                    resolved[i] = result;
                    catalog = catalog.Learn(result);
                }
            }

            var batches = new GraphBatch?[current.Count];
            Parallel.For(0, current.Count, parallel, i =>
            {
                if (resolved[i] is { } document)
                {
                    batches[i] = Attempt(current[i], tally, () => _analyzer.Extract(document, mapper));
                }
            });

            await pendingWrite.ConfigureAwait(false);
            fresh = chunks.MoveNext() ? await WithoutUnchangedAsync(chunks.Current, store, tally, observer, cancellationToken).ConfigureAwait(false) : null;
            pendingWrite = Task.Run(() => WriteInOrderAsync(current, batches, store, tally, observer, cancellationToken), cancellationToken);
        }

        await pendingWrite.ConfigureAwait(false);
        return tally.Report(clock.Elapsed);
    }

    private IEnumerable<SourcedArticle> ReadArticles(IEnumerable<ArticleInput> inputs, IngestTally tally, IIngestObserver? observer)
    {
        foreach (var input in inputs)
        {
            if (input.Error is { } discoveryError)
            {
                Fail(tally, input.Path, discoveryError);
                observer?.Finished(input.Path, input.Length);
                continue;
            }

            IEnumerator<ArticleReadResult> results;
            try
            {
                results = _reader.Read(input).GetEnumerator();
            }
            catch (TupuException error)
            {
                Fail(tally, input.Path, error);
                observer?.Finished(input.Path, input.Length);
                continue;
            }

            using (results)
            {
                while (true)
                {
                    ArticleReadResult result;
                    try
                    {
                        if (!results.MoveNext())
                        {
                            break;
                        }

                        result = results.Current;
                    }
                    catch (TupuException error)
                    {
                        Fail(tally, input.Path, error);
                        observer?.Finished(input.Path, 0);
                        break;
                    }

                    if (result.Article is { } article)
                    {
                        yield return new SourcedArticle(input.Path, article);
                    }
                    else
                    {
                        Fail(tally, input.Path, result.Error ?? new TupuException(ErrorCode.NoTextContent, "no article could be read"));
                        observer?.Finished(input.Path, input.Length);
                    }
                }
            }
        }
    }

    private static async Task<List<SourcedArticle>> WithoutUnchangedAsync(
        SourcedArticle[] chunk, IGraphStore store, IngestTally tally, IIngestObserver? observer, CancellationToken cancellationToken)
    {
        var fresh = new List<SourcedArticle>(chunk.Length);
        foreach (var item in chunk)
        {
            if (await store.IsUnchangedAsync(item.Article.SourceKey, item.Article.ContentHash, cancellationToken).ConfigureAwait(false))
            {
                tally.SkipUnchanged(item.Bytes);

                observer?.Finished(item.Path, item.Bytes);
            }
            else
            {
                fresh.Add(item);
            }
        }

        return fresh;
    }

    private static async Task WriteInOrderAsync(
        List<SourcedArticle> articles, GraphBatch?[] batches, IGraphStore store, IngestTally tally, IIngestObserver? observer, CancellationToken cancellationToken)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            if (batches[i] is { } batch)
            {
                try
                {
                    var result = await store.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    tally.Written(batch, result, articles[i].Bytes);
                }
                catch (TupuException error)
                {
                    Fail(tally, articles[i].Path, error);
                }
            }

            observer?.Finished(articles[i].Path, articles[i].Bytes);
        }
    }

    private static T? Attempt<T>(SourcedArticle item, IngestTally tally, Func<T> stage)
        where T : class
    {
        try
        {
            return stage();
        }
        catch (TupuException error)
        {
            Fail(tally, item.Path, error);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A defect in one stage must not cost the rest of the batch; it is reported with the article.
            tally.Fail(item.Path, "T000", $"internal error: {error.GetType().Name}: {error.Message}");
        }

        return null;
    }

    private static void Fail(IngestTally tally, string path, TupuException error) => tally.Fail(path, error.CodeText, error.Message);

    private static async Task<List<string>> StoredRelationKeysAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var relationship in store.ReadRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            var negated = relationship.Properties.TryGetValue("certainty", out var certainty) && certainty as string == "negated";
            keys.Add(IngestTally.RelationKey(relationship.Type, relationship.Start.Id, relationship.End.Id, negated));
        }

        return keys;
    }

    private sealed record SourcedArticle(string Path, Article Article)
    {
        public long Bytes { get; } = System.Text.Encoding.UTF8.GetByteCount(Article.Text);
    }
}
