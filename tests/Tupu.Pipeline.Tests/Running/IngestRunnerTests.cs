using System.Runtime.CompilerServices;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Entities;
using Tupu.Pipeline.Benchmarking;
using Tupu.Pipeline.Running;

namespace Tupu.Pipeline.Tests.Running;

/// <summary>The runner's schedules: one job in order on one thread, several overlapping; same graph either way.</summary>
public sealed class IngestRunnerTests : IDisposable
{
    private static readonly EntityLexicon Lexicon = EntityLexicon.LoadDefault();
    private readonly string _corpus = Directory.CreateTempSubdirectory("tupu-runner-").FullName;

    public IngestRunnerTests()
    {
        SyntheticCorpus.Write(Path.Combine(RepositoryRoot(), "corpus", "articles"), _corpus, 160 * 1024, seed: 7);
    }

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    [Fact]
    public async Task Every_job_count_writes_the_same_batches_in_the_same_order()
    {
        var one = new RecordingStore();
        var report = await new IngestRunner(Lexicon).RunAsync([_corpus], one, new IngestOptions(1));
        Assert.True(report.Ingested > 50, $"only {report.Ingested} articles");
        Assert.Empty(report.Failures);

        foreach (var jobs in new[] { 2, 4 })
        {
            var many = new RecordingStore();
            var again = await new IngestRunner(Lexicon).RunAsync([_corpus], many, new IngestOptions(jobs));
            Assert.Equal(one.Written, many.Written);
            Assert.Equal(report.Entities, again.Entities);
            Assert.Equal(report.Relationships, again.Relationships);
        }
    }

    [Fact]
    public async Task Keeping_learned_names_on_disk_writes_the_same_batches()
    {
        var inMemory = new RecordingStore();
        await new IngestRunner(Lexicon).RunAsync([_corpus], inMemory, new IngestOptions(1, LearnedNamesInMemory: int.MaxValue));
        foreach (var (jobs, limit) in new[] { (1, 1), (1, 40), (2, 300) })
        {
            var spilled = new RecordingStore();
            await new IngestRunner(Lexicon).RunAsync([_corpus], spilled, new IngestOptions(jobs, LearnedNamesInMemory: limit));
            Assert.Equal(inMemory.Written, spilled.Written);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Articles_with_more_text_than_a_job_may_hold_go_one_at_a_time_and_write_the_same_batches(int jobs)
    {
        // Every article is larger than the text a job may have in flight: one job writes each article alone, and
        // several jobs let in one article at a time.
        var free = new RecordingStore();
        await new IngestRunner(Lexicon).RunAsync([_corpus], free, new IngestOptions(jobs));
        var held = new RecordingStore();
        await new IngestRunner(Lexicon).RunAsync([_corpus], held, new IngestOptions(jobs, TextInFlightPerJob: 1));

        Assert.Equal(free.Written, held.Written);
        Assert.Contains(free.Groups, size => size > 1);
        Assert.All(held.Groups, size => Assert.Equal(1, size));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task The_observer_hears_the_totals_first_and_every_input_once(int jobs)
    {
        var files = Directory.GetFiles(_corpus, "*", SearchOption.AllDirectories);
        var observer = new RecordingObserver();
        await new IngestRunner(Lexicon).RunAsync([_corpus], new RecordingStore(), new IngestOptions(jobs), observer);

        Assert.Equal((files.Length, files.Sum(f => new FileInfo(f).Length)), observer.Totals);
        Assert.Equal(files.Length, observer.Finished.Count);
        Assert.Equal(files.Length, observer.Finished.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(observer.Totals!.Value.Bytes, observer.FinishedBytes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task The_bytes_finished_add_up_to_the_bytes_discovered(int jobs)
    {
        // Markup, another encoding, a large file read in parts and an input that cannot be read: the progress display
        // still ends at its total.
        var inputs = Directory.CreateTempSubdirectory("tupu-bytes-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(inputs, "a.html"), "<html><head><title>英伟达</title><style>p{color:red}</style></head><body><p>英伟达发布了新芯片。</p></body></html>");
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            await File.WriteAllBytesAsync(Path.Combine(inputs, "b.txt"), System.Text.Encoding.GetEncoding("GB18030").GetBytes("阿里巴巴发布了通义千问。阿里巴巴的模型很受欢迎。"));
            await File.WriteAllTextAsync(Path.Combine(inputs, "c.md"), string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"# Part {i}\n\nNvidia said model {i} is **built on** Qwen.")));
            await File.WriteAllBytesAsync(Path.Combine(inputs, "d.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00]);
            var observer = new RecordingObserver();
            var reader = new Tupu.Text.Reading.ArticleReader(new Tupu.Text.Reading.ArticleReaderOptions { LargeFileThreshold = 4096, PartSize = 2048 });
            var report = await new IngestRunner(Lexicon, reader: reader).RunAsync([inputs], new RecordingStore(), new IngestOptions(jobs), observer);

            Assert.True(report.Ingested > 4, $"only {report.Ingested} articles");
            Assert.Single(report.Failures);
            Assert.Equal(Directory.GetFiles(inputs).Sum(f => new FileInfo(f).Length), observer.Totals!.Value.Bytes);
            Assert.Equal(observer.Totals.Value.Bytes, observer.FinishedBytes);
        }
        finally
        {
            Directory.Delete(inputs, recursive: true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_store_error_for_one_article_is_reported_and_the_rest_is_written(int jobs)
    {
        var store = new RecordingStore { RejectEvery = 10 };
        var report = await new IngestRunner(Lexicon).RunAsync([_corpus], store, new IngestOptions(jobs));
        Assert.NotEmpty(report.Failures);
        Assert.All(report.Failures, f => Assert.Equal("T301", f.Code));
        Assert.Equal(report.Ingested, store.Written.Count);
        Assert.True(store.Written.Count > report.Failures.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_broken_store_stops_the_run_with_its_own_error(int jobs)
    {
        var store = new RecordingStore { BreakAfter = 20 };
        var run = new IngestRunner(Lexicon).RunAsync([_corpus], store, new IngestOptions(jobs));
        var error = await Assert.ThrowsAsync<IOException>(() => run.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal("disk gone", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Cancelling_stops_the_run(int jobs)
    {
        using var cancel = new CancellationTokenSource();
        var store = new RecordingStore { OnWrite = count => { if (count == 10) { cancel.Cancel(); } } };
        var run = new IngestRunner(Lexicon).RunAsync([_corpus], store, new IngestOptions(jobs), null, cancel.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromMinutes(2)));
    }

    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tupu.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private sealed class RecordingObserver : IIngestObserver
    {
        private readonly Lock _gate = new();

        public (int Inputs, long Bytes)? Totals { get; private set; }

        public List<string> Finished { get; } = [];

        public void Discovered(int inputs, long bytes)
        {
            Assert.Null(Totals);
            Assert.Empty(Finished);
            Totals = (inputs, bytes);
        }

        public long FinishedBytes { get; private set; }

        void IIngestObserver.Finished(string source, long bytes)
        {
            lock (_gate)
            {
                Finished.Add(source);
                FinishedBytes += bytes;
            }
        }
    }

    /// <summary>Records what the runner writes, in order: article, entity ids and relation keys.</summary>
    private sealed class RecordingStore : IGraphStore
    {
        public List<string> Written { get; } = [];

        /// <summary>The number of articles in each group the runner wrote.</summary>
        public List<int> Groups { get; } = [];

        public int RejectEvery { get; init; }

        public int BreakAfter { get; init; } = int.MaxValue;

        public Action<int>? OnWrite { get; init; }

        private int _calls;

        async Task<IReadOnlyList<WriteAttempt>> IGraphStore.WriteManyAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
        {
            Groups.Add(batches.Count);
            var attempts = new List<WriteAttempt>(batches.Count);
            foreach (var batch in batches)
            {
                try
                {
                    attempts.Add(new WriteAttempt(batch, await WriteAsync(batch, cancellationToken), null));
                }
                catch (TupuException error)
                {
                    attempts.Add(new WriteAttempt(batch, null, error));
                }
            }

            return attempts;
        }

        public Task<bool> IsUnchangedAsync(string sourceKey, string contentHash, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _calls++;
            OnWrite?.Invoke(_calls);
            if (_calls > BreakAfter)
            {
                throw new IOException("disk gone");
            }

            if (RejectEvery > 0 && _calls % RejectEvery == 0)
            {
                throw new TupuException(ErrorCode.StoreWriteFailed, $"rejected {batch.Article.Id}");
            }

            Written.Add(string.Join(
                ' ',
                [batch.Article.SourceKey, .. batch.Entities.Select(Describe).Order(StringComparer.Ordinal), .. batch.Relations.Select(r => $"{r.Type}:{r.SubjectId}>{r.ObjectId}:{r.Certainty}")]));
            return Task.FromResult(new WriteResult(WriteOutcome.Inserted, batch.Entities.Length, 0, batch.Relations.Length, 0));
        }

        private static string Describe(Entity entity) =>
            $"{entity.Id}|{entity.Type}|{entity.Name}|{entity.NameEn}|{entity.NameZh}|{entity.FamilyId}|{entity.Source}|{entity.Confidence:R}|{string.Join(',', entity.Aliases)}";

        public Task<IReadOnlyList<Entity>> ReadEntitiesAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<Entity>>([]);

        public async IAsyncEnumerable<GraphNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.CompletedTask;
            yield break;
        }

        public async IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.CompletedTask;
            yield break;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
