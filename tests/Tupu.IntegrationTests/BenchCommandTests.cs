using System.Text.Json;
using Tupu.IntegrationTests.Support;

namespace Tupu.IntegrationTests;

/// <summary><c>tupu bench</c> as the README runs it, on a small corpus: every stage is measured on the same text.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_measures_every_stage_on_the_same_synthetic_corpus()
    {
        using var directory = new TempDirectory();
        var run = await CliRun.RunAsync("bench", "--size-mb", "1", "--seed-corpus", Repository.Articles, "--work", directory.Path, "--rounds", "2", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("corpusBytes").GetInt64(), 1024 * 1024, 2 * 1024 * 1024);
        var articles = root.GetProperty("articles").GetInt32();
        Assert.True(articles > 100, $"{articles} articles");

        var stages = root.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("stage").GetString()!);
        Assert.Equal(
            ["ingest-sqlite (1 worker)", "ingest-sqlite (2 workers)", "pipeline-to-batch (1 thread)", "smartcn-alone", "smartcn-on-normalised-text"],
            stages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1.0, stages["smartcn-alone"].GetProperty("ratioToSmartCn").GetDouble());
        foreach (var (name, stage) in stages)
        {
            Assert.True(stage.GetProperty("megabytesPerSecond").GetDouble() > 0, name);
            Assert.True(stage.GetProperty("gcPauseSeconds").GetDouble() >= 0, name);
        }

        Assert.True(stages["pipeline-to-batch (1 thread)"].GetProperty("ratioToSmartCn").GetDouble() > 0);

        // The analysis row is broken down by stage, in pipeline order; the stages' shares add up to at most the whole.
        var analysis = root.GetProperty("analysisStages").EnumerateArray().ToList();
        Assert.Equal(
            ["normalise", "tokenize", "recognise mentions", "resolve", "learn", "extract relations", "map to graph batch"],
            analysis.Select(a => a.GetProperty("stage").GetString()));
        Assert.All(analysis, a => Assert.True(a.GetProperty("seconds").GetDouble() >= 0));
        Assert.InRange(analysis.Sum(a => a.GetProperty("share").GetDouble()), 0.5, 1.01);
        Assert.True(analysis[1].GetProperty("allocatedMegabytes").GetDouble() > 0, "tokenizing allocates");
        Assert.True(root.GetProperty("twoWorkerSpeedup").GetDouble() > 0);
        // Every round is reported, and the rows are the round with the median ratio (of two, the lower).
        Assert.Equal(2, root.GetProperty("rounds").GetInt32());
        var analysisRatios = root.GetProperty("analysisRatioByRound").EnumerateArray().Select(r => r.GetDouble()).ToList();
        var speedups = root.GetProperty("twoWorkerSpeedupByRound").EnumerateArray().Select(r => r.GetDouble()).ToList();
        Assert.Equal(2, analysisRatios.Count);
        Assert.Equal(2, speedups.Count);
        Assert.Equal(analysisRatios.Min(), stages["pipeline-to-batch (1 thread)"].GetProperty("ratioToSmartCn").GetDouble(), 0.002);
        Assert.Equal(speedups.Min(), root.GetProperty("twoWorkerSpeedup").GetDouble(), 0.006);
        // The peaks are watched during each timed ingest: the largest of the two is the one reported overall.
        var one = root.GetProperty("oneWorkerPeakWorkingSetBytes").GetInt64();
        var two = root.GetProperty("twoWorkerPeakWorkingSetBytes").GetInt64();
        Assert.True(one > 0 && two > 0);
        Assert.Equal(Math.Max(one, two), root.GetProperty("ingestPeakWorkingSetBytes").GetInt64());
        // Both ingests stored every article into their own store.
        Assert.True(File.Exists(directory.File("one.db")) && File.Exists(directory.File("two.db")));
    }
}
