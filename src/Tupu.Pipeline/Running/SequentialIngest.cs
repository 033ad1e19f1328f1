namespace Tupu.Pipeline.Running;

/// <summary>
/// One job: every step of every article on the calling thread, in article order. A group is written when it has
/// <see cref="IngestRun.ArticlesPerWrite"/> articles or the given amount of text, whichever comes first.
/// </summary>
internal static class SequentialIngest
{
    public static async Task RunAsync(IngestRun run, IEnumerable<SourcedArticle> articles, int textPerWrite, CancellationToken cancellationToken)
    {
        var pending = new List<AnalysedArticle>(IngestRun.ArticlesPerWrite);
        var pendingText = 0L;
        foreach (var item in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await run.SkipIfUnchangedAsync(item, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var resolved = run.Resolve(item, run.Recognize(item));
            pending.Add(new AnalysedArticle(item.Footprint, run.Extract(item, resolved)));
            pendingText += item.Article.Text.Length;
            if (pending.Count == IngestRun.ArticlesPerWrite || pendingText >= textPerWrite)
            {
                await run.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
                pending.Clear();
                pendingText = 0;
            }
        }

        await run.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
    }
}
