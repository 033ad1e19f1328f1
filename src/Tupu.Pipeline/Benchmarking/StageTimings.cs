using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Tupu.Domain.Articles;
using Tupu.Entities;
using Tupu.Pipeline.GraphMapping;
using Tupu.Pipeline.Running;
using Tupu.Text.Normalization;

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

    /// <summary>Seconds the whole analysis (normalise, tokenize, recognise, resolve, extract, map) takes on one thread.</summary>
    public static TimeSpan PipelineToBatch(IReadOnlyList<Article> articles, EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var analyzer = new ArticleAnalyzer();
        var catalog = EntityCatalog.Build(lexicon, []);
        var mapper = new GraphMapper(OutletDirectory.Build(lexicon, []));
        // As in the runner: recognition sees the lexicon only (this first catalog); resolution sees everything resolved before.
        var recognizer = new MentionRecognizer(catalog);
        var clock = Stopwatch.StartNew();
        long relations = 0;
        foreach (var article in articles)
        {
            var resolved = ArticleAnalyzer.Resolve(analyzer.Recognize(article, recognizer), catalog);
            catalog = catalog.Learn(resolved);
            relations += analyzer.Extract(resolved, mapper).Relations.Length;
        }

        GC.KeepAlive(relations);
        return clock.Elapsed;
    }
}
