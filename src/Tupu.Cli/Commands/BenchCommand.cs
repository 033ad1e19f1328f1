using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using Humanizer;
using Spectre.Console;
using Spectre.Console.Cli;
using Tupu.Cli.Infrastructure;
using Tupu.Cli.Rendering;
using Tupu.Domain.Articles;
using Tupu.Entities;
using Tupu.Pipeline.Benchmarking;
using Tupu.Pipeline.Running;
using Tupu.Storage.Sqlite;
using Tupu.Text.Reading;

namespace Tupu.Cli.Commands;

/// <summary>
/// <c>tupu bench</c>: builds a synthetic corpus and measures, in one run on the same text, SmartCn alone, the whole
/// analysis up to the graph batch, and end-to-end ingest into the embedded store with one and two workers; reports
/// MB/s, articles/s, ratios to SmartCn, the time each stage spent in garbage-collector pauses, and the peak working set.
/// </summary>
internal sealed class BenchCommand(Terminal terminal) : AsyncCommand<BenchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        var work = settings.Work ?? Path.Combine(Path.GetTempPath(), "tupu-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var corpus = Path.Combine(work, "corpus");
        try
        {
            Say($"Writing a {settings.SizeMb} MB synthetic corpus to {corpus}{(settings.SingleFile ? " as one file" : "")} …");
            var target = settings.SizeMb * 1024L * 1024L;
            var bytes = settings.SingleFile
                ? SyntheticCorpus.WriteSingleFile(settings.SeedCorpus, Path.Combine(corpus, "corpus.txt"), target)
                : SyntheticCorpus.Write(settings.SeedCorpus, corpus, target);
            var lexicon = EntityLexicon.LoadDefault();

            // Both ingest schedules run once on a different corpus first, so neither timed run pays for compiling the code
            // the other then finds ready. A warm-up of a tenth of the corpus: after 2 x 1.6 MB the first 10 MB two-job
            // ingest of a process still took 12.1-12.9 s against 9.4-10.1 s for the next ones (after 2 x 10 MB: 9.7 s),
            // and the one-job run, timed first, would pay that alone and flatter the two-worker ratio.
            var warmUp = Path.Combine(work, "warm-up");
            SyntheticCorpus.Write(settings.SeedCorpus, warmUp, Math.Max(MinimumWarmUpBytes, target / 10), seed: 1);
            await IngestAsync(warmUp, Path.Combine(work, "warm-up-one.db"), 1, lexicon, cancellationToken).ConfigureAwait(false);
            await IngestAsync(warmUp, Path.Combine(work, "warm-up-two.db"), 2, lexicon, cancellationToken).ConfigureAwait(false);

            // The working set is watched during the timed ingests only: writing the corpus, the warm-ups and the
            // in-memory timings below are not what a user's ingest needs. Each starts from a collected, compacted heap,
            // as a new process would, so what the corpus writer or the warm-ups left behind is not counted. Rounds
            // alternate one and two workers, each into a new store, and the round with the median ratio is reported:
            // on this machine one run's ratio moved by a tenth between runs of one build.
            var ingestRounds = new List<IngestRound>();
            for (var round = 1; round <= settings.Rounds; round++)
            {
                Say($"Timing the ingests with one and two workers (round {round} of {settings.Rounds}) …");
                var one = await TimedIngestAsync(corpus, FreshStore(work, "one.db"), 1, lexicon, cancellationToken).ConfigureAwait(false);
                var two = await TimedIngestAsync(corpus, FreshStore(work, "two.db"), 2, lexicon, cancellationToken).ConfigureAwait(false);
                ingestRounds.Add(new IngestRound(one, two));
            }

            var ingests = Median(ingestRounds, r => r.Speedup);
            var (oneWorker, oneWorkerPauses, oneWorkerPeak) = ingests.One;
            var (twoWorkers, twoWorkerPauses, twoWorkerPeak) = ingests.Two;
            // The peaks of the same round: later rounds run after earlier ones in this process (with the highest of three
            // rounds reported, one 50 MB bench peaked at 309-319 MB, where single rounds had peaked at 249-271 MB).
            long[] ingestPeaks = [oneWorkerPeak, twoWorkerPeak];

            Say("Timing SmartCn alone and the analysis stages on one thread …");
            var articles = ReadAll(corpus);
            StageTimings.SmartCnAlone(articles.Take(50).ToList());
            StageTimings.PipelineToBatch(articles.Take(50).ToList(), lexicon);
            // Each timing starts from a collected, compacted heap, as the timed ingests do: a full collection left
            // pending by what ran before would otherwise land in whichever timing comes next. Rounds alternate SmartCn
            // and the analysis, and the round with the median ratio is reported.
            var analysisRounds = new List<AnalysisRound>();
            for (var round = 1; round <= settings.Rounds; round++)
            {
                var smartCnAlone = FromCollectedHeap(() => StageTimings.SmartCnAlone(articles));
                var normalised = FromCollectedHeap(() => StageTimings.SmartCnOnNormalisedText(articles));
                var whole = FromCollectedHeap(() => StageTimings.PipelineToBatch(articles, lexicon));
                analysisRounds.Add(new AnalysisRound(smartCnAlone, normalised, whole));
            }

            var timings = Median(analysisRounds, r => r.Ratio);
            var (smartCn, smartCnPauses) = timings.SmartCn;
            var (smartCnNormalised, smartCnNormalisedPauses) = timings.SmartCnNormalised;
            var (analysis, pipelinePauses) = timings.Analysis;
            var pipeline = analysis.Elapsed;
            var textBytes = StageTimings.Bytes(articles);

            var smartCnRate = Rate(textBytes, smartCn);
            // Every row's rate is of the same text: an ingest's report counts the input files' bytes (markup and all).
            var figures = new[]
            {
                Figure("smartcn-alone", textBytes, articles.Count, smartCn, smartCnPauses, smartCnRate),
                Figure("smartcn-on-normalised-text", textBytes, articles.Count, smartCnNormalised, smartCnNormalisedPauses, smartCnRate),
                Figure("pipeline-to-batch (1 thread)", textBytes, articles.Count, pipeline, pipelinePauses, smartCnRate),
                Figure("ingest-sqlite (1 worker)", textBytes, oneWorker.Ingested, oneWorker.Elapsed, oneWorkerPauses, smartCnRate),
                Figure("ingest-sqlite (2 workers)", textBytes, twoWorkers.Ingested, twoWorkers.Elapsed, twoWorkerPauses, smartCnRate),
            };
            var speedup = oneWorker.Elapsed / twoWorkers.Elapsed;
            var stages = analysis.Stages
                .Select(s => new StageRow(
                    s.Stage,
                    Math.Round(s.Elapsed.TotalSeconds, 2),
                    Math.Round(s.Elapsed / pipeline, 3),
                    Math.Round(s.Elapsed / smartCn, 3),
                    Math.Round(s.AllocatedBytes / 1048576.0, 1)))
                .ToArray();
            var ratios = new RoundRatios(
                [.. analysisRounds.Select(r => Math.Round(r.Ratio, 3))],
                [.. ingestRounds.Select(r => Math.Round(r.Speedup, 3))]);
            Render(figures, stages, bytes, articles.Count, speedup, ingestPeaks, ratios);
            return oneWorker.Failed + twoWorkers.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
        finally
        {
            if (settings.Work is null && Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        void Render(Row[] figures, StageRow[] stages, long bytes, int count, double speedup, long[] peaks, RoundRatios ratios)
        {
            if (settings.Json)
            {
                terminal.Out.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        corpusBytes = bytes,
                        articles = count,
                        figures,
                        analysisStages = stages,
                        twoWorkerSpeedup = Math.Round(speedup, 2),
                        rounds = settings.Rounds,
                        analysisRatioByRound = ratios.Analysis,
                        twoWorkerSpeedupByRound = ratios.TwoWorkers,
                        ingestPeakWorkingSetBytes = peaks.Max(),
                        oneWorkerPeakWorkingSetBytes = peaks[0],
                        twoWorkerPeakWorkingSetBytes = peaks[1],
                    },
                    JsonOptions.Compact));
                return;
            }

            var table = new Table().AddColumns("Stage", "MB/s", "Articles/s", "× SmartCn", "GC pause");
            foreach (var row in figures)
            {
                table.AddRow(
                    row.Stage,
                    Format(row.MegabytesPerSecond),
                    Format(row.ArticlesPerSecond),
                    Format(row.RatioToSmartCn),
                    Format(row.GcPauseSeconds) + " s");
            }

            terminal.Console.Write(table);

            // Where the one-thread analysis spends its time: SmartCn's share is the tokenize row, the rest is Tupu's.
            var byStage = new Table().AddColumns("Analysis stage (1 thread)", "Seconds", "Share", "× SmartCn time", "Allocated MB");
            foreach (var stage in stages)
            {
                byStage.AddRow(stage.Stage, Format(stage.Seconds), Format(stage.Share * 100) + " %", Format(stage.OfSmartCnTime), Format(stage.AllocatedMegabytes));
            }

            terminal.Console.Write(byStage);
            terminal.Console.MarkupLine(Markup.Escape(
                $"{"article".ToQuantity(count)}, {bytes.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)}; two workers ingest {Format(speedup)}× as fast as one; " +
                $"peak working set during ingest {Megabytes(peaks[0])} with one worker, {Megabytes(peaks[1])} with two; {Environment.ProcessorCount} cores."));
            if (settings.Rounds > 1)
            {
                terminal.Console.MarkupLine(Markup.Escape(
                    $"The rows are the median of {settings.Rounds} rounds. Analysis × SmartCn by round: {string.Join(" / ", ratios.Analysis.Select(Format))}; " +
                    $"two workers ÷ one by round: {string.Join(" / ", ratios.TwoWorkers.Select(Format))}."));
            }

            static string Megabytes(long bytes) => bytes.Bytes().Humanize("0.#", CultureInfo.InvariantCulture);
        }

        void Say(string line)
        {
            if (!settings.Json)
            {
                terminal.Console.MarkupLine(Markup.Escape(line));
            }
        }
    }

    private const long MinimumWarmUpBytes = 256 * 1024;

    /// <summary>The round whose <paramref name="ratio"/> is the median (of an even number, the lower middle one).</summary>
    private static T Median<T>(List<T> rounds, Func<T, double> ratio) => rounds.OrderBy(ratio).ElementAt((rounds.Count - 1) / 2);

    /// <summary>A store path in the work folder with no store there yet: each timed ingest starts from an empty store.</summary>
    private static string FreshStore(string work, string name)
    {
        var path = Path.Combine(work, name);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return path;
    }

    private static async Task<IngestReport> IngestAsync(string corpus, string storePath, int jobs, EntityLexicon lexicon, CancellationToken cancellationToken)
    {
        await using var store = await SqliteGraphStore.OpenAsync(storePath, cancellationToken).ConfigureAwait(false);
        return await new IngestRunner(lexicon).RunAsync([corpus], store, new IngestOptions(jobs), null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An ingest from a collected, compacted heap, with its collector pauses and its peak working set.</summary>
    private static async Task<(IngestReport Report, TimeSpan Pauses, long PeakWorkingSet)> TimedIngestAsync(
        string corpus, string storePath, int jobs, EntityLexicon lexicon, CancellationToken cancellationToken)
    {
        CollectEverything();
        using var sampler = new WorkingSetSampler();
        var (report, pauses) = await Paused(() => IngestAsync(corpus, storePath, jobs, lexicon, cancellationToken)).ConfigureAwait(false);
        return (report, pauses, sampler.Peak);
    }

    private static List<Article> ReadAll(string corpus)
    {
        var reader = new ArticleReader();
        return [.. reader.Discover([corpus]).SelectMany(reader.Read).Where(r => r.Article is not null).Select(r => r.Article!)];
    }

    /// <summary>
    /// Runs a stage and measures how long the garbage collector held the process's threads still during it: time no
    /// stage makes progress, which with two workers costs both cores.
    /// </summary>
    private static (T Result, TimeSpan Pauses) Paused<T>(Func<T> stage)
    {
        var before = GC.GetTotalPauseDuration();
        var result = stage();
        return (result, GC.GetTotalPauseDuration() - before);
    }

    private static async Task<(T Result, TimeSpan Pauses)> Paused<T>(Func<Task<T>> stage)
    {
        var before = GC.GetTotalPauseDuration();
        var result = await stage().ConfigureAwait(false);
        return (result, GC.GetTotalPauseDuration() - before);
    }

    /// <summary>A stage timed as <see cref="Paused{T}(Func{T})"/> does, after <see cref="CollectEverything"/>.</summary>
    private static (T Result, TimeSpan Pauses) FromCollectedHeap<T>(Func<T> stage)
    {
        CollectEverything();
        return Paused(stage);
    }

    /// <summary>A full, compacting collection (the large-object heap too), so a timing starts from the same heap.</summary>
    private static void CollectEverything()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static double Rate(long bytes, TimeSpan elapsed) => bytes / 1048576.0 / Math.Max(elapsed.TotalSeconds, 1e-9);

    private static Row Figure(string stage, long bytes, int articles, TimeSpan elapsed, TimeSpan pauses, double smartCnRate)
    {
        var rate = Rate(bytes, elapsed);
        return new Row(
            stage,
            Math.Round(rate, 3),
            Math.Round(articles / Math.Max(elapsed.TotalSeconds, 1e-9), 1),
            Math.Round(rate / smartCnRate, 3),
            Math.Round(pauses.TotalSeconds, 2));
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Row(string Stage, double MegabytesPerSecond, double ArticlesPerSecond, double RatioToSmartCn, double GcPauseSeconds);

    /// <summary>One round of the two timed ingests: its one- and two-worker runs, and the speed-up of two workers.</summary>
    private sealed record IngestRound(
        (IngestReport Report, TimeSpan Pauses, long PeakWorkingSet) One,
        (IngestReport Report, TimeSpan Pauses, long PeakWorkingSet) Two)
    {
        public double Speedup => One.Report.Elapsed / Two.Report.Elapsed;
    }

    /// <summary>One round of the one-thread timings: SmartCn alone, SmartCn on normalised text, the whole analysis.</summary>
    private sealed record AnalysisRound(
        (TimeSpan Elapsed, TimeSpan Pauses) SmartCn,
        (TimeSpan Elapsed, TimeSpan Pauses) SmartCnNormalised,
        (AnalysisTiming Timing, TimeSpan Pauses) Analysis)
    {
        /// <summary>The analysis's speed as a fraction of SmartCn alone's, in this round.</summary>
        public double Ratio => SmartCn.Elapsed / Analysis.Timing.Elapsed;
    }

    /// <summary>Every round's ratios, in round order.</summary>
    private sealed record RoundRatios(double[] Analysis, double[] TwoWorkers);

    /// <summary>One analysis stage: its seconds, its share of the analysis, its time over SmartCn alone's, and what it allocated.</summary>
    private sealed record StageRow(string Stage, double Seconds, double Share, double OfSmartCnTime, double AllocatedMegabytes);
}
