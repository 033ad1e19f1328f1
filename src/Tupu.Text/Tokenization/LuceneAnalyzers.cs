using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Tupu.Text.Tokenization;

/// <summary>
/// The two Lucene tokenizers, wrapped in analyzers so that Lucene's per-thread reuse strategy gives every thread its
/// own tokenizer instance (the tokenizers themselves are not thread-safe, and building one per call is wasteful).
/// </summary>
internal static class LuceneAnalyzers
{
    /// <summary>SmartCn's HMM tokenizer alone: no stemming, no stop words (SmartChineseAnalyzer would add both).</summary>
    public static Analyzer SmartCn { get; } = Analyzer.NewAnonymous(
        static (_, reader) => new TokenStreamComponents(new HMMChineseTokenizer(reader)));

    /// <summary>UAX #29 word tokenizer for Latin-script runs; it keeps case, and offsets give the surface.</summary>
    public static Analyzer Latin { get; } = Analyzer.NewAnonymous(
        static (_, reader) => new TokenStreamComponents(new StandardTokenizer(LuceneVersion.LUCENE_48, reader)));
}
