using System.Threading.Channels;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;

namespace Tupu.Pipeline.Running;

/// <summary>
/// Several jobs: four stages overlap, joined by bounded channels that keep article order. The reader skips unchanged
/// articles and starts each recognition on the worker pool; the resolver takes recognitions in order, resolves and
/// learns, and starts each extraction on the worker pool (<see cref="AnalysisWorkers"/>: extractions first); the
/// writer stores finished articles in order, as many per transaction as are ready (up to
/// <see cref="IngestRun.ArticlesPerWrite"/>). At most <c>jobs</c> recognitions and extractions run at once, and at most
/// a window of articles is in flight, and at most the <see cref="TextWindow"/>'s characters of text, so memory does not
/// grow with the corpus or with the size of its articles.
/// </summary>
/// <remarks>
/// The two windows differ. Recognized documents are large (text, offset map, sentences, mentions), so few wait for the resolver.
/// Finished batches are small, and the writer stores whole groups of them: a full group can wait for it, so that it
/// commits as many articles at once as one job does. With one window of 16 per job for both, groups were at most 32
/// articles, the resolver was blocked on the full channel 3–6 s of a 12-s two-job ingest of 10 MB, and the writer
/// spent about 5 % more CPU per article; the ingest took 8 % longer per second of recognition CPU (four interleaved
/// runs each, in one process after a warm-up).
/// </remarks>
internal static class PipelinedIngest
{
    private const int RecognitionsPerJob = 8;

    public static async Task RunAsync(IngestRun run, IEnumerable<SourcedArticle> articles, int jobs, TextWindow window, CancellationToken cancellationToken)
    {
        using var workers = new AnalysisWorkers(jobs);
        var recognized = Channel.CreateBounded<Recognition>(Window(jobs * RecognitionsPerJob));
        var extracted = Channel.CreateBounded<Extraction>(Window(IngestRun.ArticlesPerWrite));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;

        var stages = new[]
        {
            Stage(recognized.Writer, stop, async () =>
            {
                foreach (var item in articles)
                {
                    token.ThrowIfCancellationRequested();
                    if (!await run.SkipIfUnchangedAsync(item, token).ConfigureAwait(false))
                    {
                        await window.EnterAsync(item.Article.Text.Length, token).ConfigureAwait(false);
                        await recognized.Writer.WriteAsync(new(item, Start(workers.Then, () => run.Recognize(item))), token).ConfigureAwait(false);
                    }
                }
            }),
            Stage(extracted.Writer, stop, async () =>
            {
                await foreach (var (item, recognition) in recognized.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    var resolved = run.Resolve(item, await recognition.ConfigureAwait(false));
                    await extracted.Writer.WriteAsync(new(item.Footprint, Start(workers.First, () => run.Extract(item, resolved))), token).ConfigureAwait(false);
                }
            }),
            Stage<object>(null, stop, async () =>
            {
                var ready = new List<AnalysedArticle>(IngestRun.ArticlesPerWrite);
                while (await extracted.Reader.WaitToReadAsync(token).ConfigureAwait(false))
                {
                    while (ready.Count < IngestRun.ArticlesPerWrite && extracted.Reader.TryRead(out var next))
                    {
                        ready.Add(new AnalysedArticle(next.Article, await next.Work.ConfigureAwait(false)));
                    }

                    await run.WriteAsync(ready, token).ConfigureAwait(false);
                    foreach (var (article, _) in ready)
                    {
                        window.Leave(article.Characters);
                    }

                    ready.Clear();
                }
            }),
        };

        try
        {
            await Task.WhenAll(stages).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A stage failed and stopped the others: report the failure, not the cancellations it caused.
            throw stages.Where(s => s.IsFaulted).SelectMany(s => s.Exception!.InnerExceptions).FirstOrDefault(e => e is not OperationCanceledException)
                ?? new InvalidOperationException("Ingest stopped without a cause.");
        }

        // Continuations run elsewhere: the resolver and the writer must not occupy a worker's slot.
        Task<T> Start<T>(TaskScheduler lane, Func<T> work) => Task.Factory.StartNew(work, token, TaskCreationOptions.RunContinuationsAsynchronously, lane);
    }

    private static BoundedChannelOptions Window(int capacity) => new(capacity) { SingleReader = true, SingleWriter = true };

    /// <summary>Runs one stage on the thread pool; when it ends its output channel is completed, and when it fails the other stages are stopped.</summary>
    private static Task Stage<T>(ChannelWriter<T>? output, CancellationTokenSource stop, Func<Task> body) => Task.Run(async () =>
    {
        try
        {
            await body().ConfigureAwait(false);
            output?.TryComplete();
        }
        catch (Exception error)
        {
            output?.TryComplete(error);
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    });

    /// <summary>A recognition on its way to the resolver, with the article it reads.</summary>
    private sealed record Recognition(SourcedArticle Item, Task<MentionedDocument?> Work);

    /// <summary>An extraction on its way to the writer, which needs only the article's footprint: its text stays behind.</summary>
    private sealed record Extraction(ArticleFootprint Article, Task<GraphBatch?> Work);
}
