using System.Diagnostics;
using Tupu.IntegrationTests.Support;

namespace Tupu.IntegrationTests;

/// <summary>
/// A process killed at any point of an ingest leaves the embedded store consistent (every article all or nothing),
/// and running the command again completes the rest: the final graph equals that of one uninterrupted run.
/// </summary>
public sealed class KillMidRunTests
{
    [Fact]
    public async Task Killing_ingest_repeatedly_then_rerunning_gives_the_graph_of_one_clean_run()
    {
        using var directory = new TempDirectory();
        var corpus = directory.SyntheticCorpus("corpus", 1024 * 1024, seed: 11);

        var clean = directory.File("clean.db");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", corpus, "--store", clean, "--quiet")).ExitCode);
        var expected = (await CliRun.RunAsync("export", "--store", clean)).Out;

        var killed = directory.File("killed.db");
        var kills = 0;
        // Each run is killed once it has written (its write-ahead log grew), a little later each time: inside a
        // group's transaction or between two. Fixed delays from the start missed the writes on a fast machine.
        foreach (var extra in new[] { 0, 30, 100, 250 })
        {
            var logBefore = SizeOf(killed + "-wal");
            using var process = StartTupu("ingest", corpus, "--store", killed, "--quiet", "--jobs", "2");
            var waited = Stopwatch.StartNew();
            while (!process.HasExited && SizeOf(killed + "-wal") <= logBefore && waited.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(5);
            }

            await Task.Delay(extra);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                kills++;
            }

            await process.WaitForExitAsync();

            // Between kills the store must open and export: nothing half-written. (A kill before the ingest created
            // the store leaves no store at all, which is just as whole.)
            if (!File.Exists(killed))
            {
                continue;
            }

            var export = await CliRun.RunAsync("export", "--store", killed);
            Assert.True(export.ExitCode == 0, $"export after a kill failed: {export.Error}");
        }

        var rerun = await CliRun.RunAsync("ingest", corpus, "--store", killed, "--quiet");
        Assert.True(rerun.ExitCode == 0, $"rerun failed: {rerun.Error}");
        Assert.True(kills > 0, "the ingest finished before any kill; make the corpus larger");
        Assert.Equal(expected, (await CliRun.RunAsync("export", "--store", killed)).Out);
    }

    private static long SizeOf(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static Process StartTupu(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tupu.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start tupu");
    }
}
