using Tupu.IntegrationTests.Support;

namespace Tupu.IntegrationTests;

/// <summary>The graph does not depend on how many articles are analysed at once.</summary>
public sealed class ParallelIngestTests
{
    [Fact]
    public async Task One_job_and_three_jobs_build_the_same_graph()
    {
        using var directory = new TempDirectory();
        var corpus = directory.SyntheticCorpus("corpus", 300 * 1024, seed: 7);
        // The real corpus too, so cross-article learning (aliases, discoveries) is exercised.
        var articles = Repository.Articles;

        var one = directory.File("one.db");
        var three = directory.File("three.db");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", articles, corpus, "--store", one, "--jobs", "1", "--quiet")).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", articles, corpus, "--store", three, "--jobs", "3", "--quiet")).ExitCode);

        var exportOne = (await CliRun.RunAsync("export", "--store", one)).Out;
        var exportThree = (await CliRun.RunAsync("export", "--store", three)).Out;
        Assert.True(exportOne.Length > 1000);
        Assert.Equal(exportOne, exportThree);
    }
}
