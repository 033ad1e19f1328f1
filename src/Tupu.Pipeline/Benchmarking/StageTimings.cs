using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Tupu.Domain.Articles;
using Tupu.Entities;
using Tupu.Pipeline.GraphMapping;
using Tupu.Pipeline.Running;
using Tupu.Relations;
using Tupu.Text.Normalization;
using Tupu.Text.Tokenization;

namespace Tupu.Pipeline.Benchmarking;

/// <summary>
/// Times the reference (SmartCn's HMMChineseTokenizer alone) and the whole analysis up to the graph batch on the same
/// articles, on one thread, so their ratio says what the rest of the pipeline costs.
/// </summary>
public static class StageTimings
{
    /// <summary>UTF-8 size of the articles' text in bytes.</summary>
    public static long Bytes(IEnumerable<Article> articles) => articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    /// <summary>Seconds SmartCn alone takes to tokenize every article's text (terms and offsets read, as the pipeline does).</summary>
    public static TimeSpan SmartCnAlone(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Tokenize(articles.Select(a => a.Text).ToList());
    }

    /// <summary>
    /// Seconds SmartCn alone takes on the normalised text the pipeline gives it (Traditional converted to Simplified).
    /// SmartCn's dictionary is Simplified: on Traditional text it finds few words, which is fast and wrong, so this is
    /// the fairer measure of the tokenizer's share of the pipeline.
    /// </summary>
    public static TimeSpan SmartCnOnNormalisedText(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var normalizer = new TextNormalizer();
        return Tokenize(articles.Select(a => normalizer.Normalize(a).Text).ToList());
    }

    private static TimeSpan Tokenize(List<string> texts)
    {
        var clock = Stopwatch.StartNew();
        long tokens = 0;
        foreach (var text in texts)
        {
            using var tokenizer = new HMMChineseTokenizer(new StringReader(text));
            var term = tokenizer.AddAttribute<ICharTermAttribute>();
            var offset = tokenizer.AddAttribute<IOffsetAttribute>();
            tokenizer.Reset();
            while (tokenizer.IncrementToken())
            {
                tokens += term.Length + offset.StartOffset;
            }

            tokenizer.End();
        }

        GC.KeepAlive(tokens);
        return clock.Elapsed;
    }

    /// <summary>
    /// Seconds the whole analysis (normalise, tokenize, recognise, resolve, learn, extract, map) takes on one thread,
    /// and what each of its stages cost: time and bytes allocated, the latter being what the collector has to reclaim.
    /// </summary>
    public static AnalysisTiming PipelineToBatch(
        IReadOnlyList<Article> articles,
        EntityLexicon lexicon,
        int learnedNamesInMemory = CatalogSpill.DefaultNamesInMemory)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var normalizer = new TextNormalizer();
        var tokenizer = new DocumentTokenizer();
        var extractor = new RelationExtractor();
        // As in the runner: recognition sees the lexicon only; resolution sees everything resolved before, keeps what it
        // learned on disk past the same limit, and has its fuzzy index built before the first article.
        var recognizer = new MentionRecognizer(EntityCatalog.Build(lexicon, []));
        using var spill = new CatalogSpill(learnedNamesInMemory);
        var catalog = EntityCatalog.Build(lexicon, [], spill).WithFuzzyIndexBuilt();
        var mapper = new GraphMapper(OutletDirectory.Build(lexicon, []));
        var ticks = new long[AnalysisStages.Count];
        var bytes = new long[AnalysisStages.Count];
        var clock = Stopwatch.StartNew();
        long relations = 0;
        foreach (var article in articles)
        {
            var stage = new StageClock(ticks, bytes);
            var normalized = stage.Next(normalizer.Normalize(article));
            var tokenized = stage.Next(tokenizer.Tokenize(normalized));
            var mentioned = stage.Next(recognizer.Recognize(tokenized));
            var resolved = stage.Next(ArticleAnalyzer.Resolve(mentioned, catalog));
            catalog = stage.Next(catalog.Learn(resolved));
            var outlet = mapper.OutletOf(article);
            var extracted = stage.Next(extractor.Extract(resolved, outlet));
            relations += stage.Next(mapper.Map(extracted, outlet)).Relations.Length;
        }

        var elapsed = clock.Elapsed;
        GC.KeepAlive(relations);
        return new AnalysisTiming(
            elapsed,
            [.. AnalysisStages.Select((name, i) => new StageCost(name, Stopwatch.GetElapsedTime(0, ticks[i]), bytes[i]))]);
    }

    /// <summary>The analysis stages <see cref="PipelineToBatch"/> times, in pipeline order.</summary>
    public static IReadOnlyList<string> AnalysisStages { get; } =
        ["normalise", "tokenize", "recognise mentions", "resolve", "learn", "extract relations", "map to graph batch"];

    /// <summary>Charges the time and allocations since the previous stage ended to the next stage of one article.</summary>
    private ref struct StageClock(long[] ticks, long[] bytes)
    {
        private long _at = Stopwatch.GetTimestamp();
        private long _allocated = GC.GetAllocatedBytesForCurrentThread();
        private int _stage;

        public T Next<T>(T result)
        {
            var now = Stopwatch.GetTimestamp();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            ticks[_stage] += now - _at;
            bytes[_stage] += allocated - _allocated;
            (_at, _allocated) = (now, allocated);
            _stage++;
            return result;
        }
    }
}

/// <summary>The whole analysis's time on one thread, and what each stage of it cost.</summary>
public sealed record AnalysisTiming(TimeSpan Elapsed, IReadOnlyList<StageCost> Stages);

/// <summary>One analysis stage's time and the bytes it allocated, summed over a corpus.</summary>
public sealed record StageCost(string Stage, TimeSpan Elapsed, long AllocatedBytes);
