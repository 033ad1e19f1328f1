using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Cn.Smart;
using Tupu.Domain.Entities;
using Tupu.Domain.Text;
using Xunit.Abstractions;

namespace Tupu.Entities.Tests.Measurement;

/// <summary>
/// Recognition + resolution speed on generated text, compared with SmartCn tokenization of the same text.
/// Size in MB from TUPU_ENTITIES_BENCH_MB (default 1, kept small so the suite stays fast). Times are CPU time of
/// this process, so other work on a shared machine does not distort the comparison.
/// </summary>
[Collection(MeasurementCollection.Name)]
public sealed class ThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public void Recognition_and_resolution_cost_a_fraction_of_tokenization()
    {
        var megabytes = GeneratedCorpus.Megabytes();
        var lexicon = EntityLexicon.LoadDefault();
        var known = GeneratedCorpus.KnownNames(lexicon);
        var catalog = EntityCatalog.Build(lexicon, []);
        var documents = GeneratedCorpus.Articles((int)(megabytes * 1024 * 1024), known).Select(Docs.Plain).ToList();
        var chars = documents.Sum(d => d.Document.Text.Length);
        var bytes = documents.Sum(d => System.Text.Encoding.UTF8.GetByteCount(d.Document.Text));

        var recognizer = new MentionRecognizer(catalog);
        // One-time costs (JIT, the Lucene alias index built on first fuzzy lookup) are reported apart from throughput.
        var startup = CpuClock.StartNew();
        new EntityResolver(catalog).Resolve(recognizer.Recognize(documents[0]));
        new EntityResolver(catalog).Resolve(recognizer.Recognize(Docs.Plain("初创公司Anthropik和Mistral Labz发布了Qwen3.6模型。")));
        var warmUp = startup.Elapsed;
        SmartCnTokens(documents[0].Document.Text);
        var clock = CpuClock.StartNew();
        var mentioned = documents.Select(recognizer.Recognize).ToList();
        var recognition = clock.Elapsed;

        clock = CpuClock.StartNew();
        var mentions = 0;
        foreach (var document in mentioned)
        {
            var resolved = new EntityResolver(catalog).Resolve(document);
            catalog = catalog.Learn(resolved);
            mentions += resolved.Resolved.Length;
        }

        var resolution = clock.Elapsed;

        // The reference is SmartCn's own tokenizer, as in `tupu bench`: Tupu's DocumentTokenizer runs SmartCn's model
        // several times faster (HanLattice), which made a guard against it flaky on a busy machine.
        clock = CpuClock.StartNew();
        long tokens = 0;
        foreach (var document in documents)
        {
            tokens += SmartCnTokens(document.Document.Text);
        }

        var tokenization = clock.Elapsed;
        Assert.True(tokens > 0);

        double Rate(TimeSpan time) => bytes / 1048576.0 / time.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} articles, {chars} chars, {bytes / 1048576.0:F2} MB UTF-8, {mentions} mentions, {catalog.Count} entities after learning"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recognition {recognition.TotalSeconds:F2} s ({Rate(recognition):F1} MB/s); resolution+learn {resolution.TotalSeconds:F2} s ({Rate(resolution):F1} MB/s); " +
            $"SmartCn tokenization {tokenization.TotalSeconds:F2} s ({Rate(tokenization):F1} MB/s); one-time warm-up {warmUp.TotalSeconds:F2} s"));

        Assert.True(mentions > chars / 200, $"only {mentions} mentions in {chars} chars");
        // A guard against pathological regressions, with room for a busy machine; the figures above are the measurement.
        Assert.True(recognition < tokenization * 2, "recognition costs more than twice SmartCn tokenization");
    }

    private static long SmartCnTokens(string text)
    {
        using var tokenizer = new HMMChineseTokenizer(new StringReader(text));
        tokenizer.Reset();
        long tokens = 0;
        while (tokenizer.IncrementToken())
        {
            tokens++;
        }

        tokenizer.End();
        return tokens;
    }

    private sealed class CpuClock
    {
        private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

        public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - _start;

        public static CpuClock StartNew() => new();
    }
}

/// <summary>Measurements read the process's CPU time, so they run alone, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasurementCollection
{
    public const string Name = "Measurement";
}
