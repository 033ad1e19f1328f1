namespace Tupu.Pipeline.Running;

/// <summary>One job: every step of every article on the calling thread, in article order.</summary>
internal static class SequentialIngest
{
    public static async Task RunAsync(IngestRun run, IEnumerable<SourcedArticle> articles, CancellationToken cancellationToken)
    {
        var pending = new List<AnalysedArticle>(IngestRun.ArticlesPerWrite);
        foreach (var item in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await run.SkipIfUnchangedAsync(item, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var resolved = run.Resolve(item, run.Recognize(item));
            pending.Add(new AnalysedArticle(item, run.Extract(item, resolved)));
            if (pending.Count == IngestRun.ArticlesPerWrite)
            {
                await run.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
                pending.Clear();
            }
        }

        await run.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
    }
}
