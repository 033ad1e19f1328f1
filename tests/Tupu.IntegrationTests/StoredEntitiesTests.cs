using Tupu.Entities;
using Tupu.IntegrationTests.Support;
using Tupu.Pipeline.Running;
using Tupu.Storage.Sqlite;

namespace Tupu.IntegrationTests;

/// <summary>
/// A run over a store that already holds a graph reads the stored entities into its catalog one at a time, moving them
/// to the catalog's file in groups; the graph it writes is the same as when they all stay in memory.
/// </summary>
public sealed class StoredEntitiesTests
{
    [Fact]
    public async Task A_run_over_a_stored_graph_writes_the_same_whether_the_stored_entities_go_to_disk_or_stay_in_memory()
    {
        using var directory = new TempDirectory();
        // The same seed writes the same first articles: the larger corpus mentions again what the smaller one taught.
        var half = directory.SyntheticCorpus("half", 150 * 1024, seed: 5);
        var full = directory.SyntheticCorpus("full", 300 * 1024, seed: 5);
        var stored = directory.File("stored.db");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", half, "--store", stored, "--quiet")).ExitCode);

        var exports = new List<string>();
        foreach (var (name, limit) in new[] { ("memory.db", int.MaxValue), ("disk.db", 40) })
        {
            var path = directory.File(name);
            File.Copy(stored, path);
            await using (var store = await SqliteGraphStore.OpenAsync(path))
            {
                var report = await new IngestRunner(EntityLexicon.LoadDefault())
                    .RunAsync([full], store, new IngestOptions(1, LearnedNamesInMemory: limit));
                Assert.Empty(report.Failures);
            }

            exports.Add((await CliRun.RunAsync("export", "--store", path)).Out);
        }

        Assert.True(exports[0].Length > 1000);
        Assert.Equal(exports[0], exports[1]);
    }
}
