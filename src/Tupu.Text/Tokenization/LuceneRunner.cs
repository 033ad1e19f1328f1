using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Tupu.Text.Tokenization;

/// <summary>Runs a Lucene analyzer over a text and collects its tokens.</summary>
internal static class LuceneRunner
{
    public static void Run(Analyzer analyzer, string text, List<RawToken> sink)
    {
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            sink.Add(new RawToken(offset.StartOffset, offset.EndOffset, term.ToString(), type.Type));
        }

        stream.End();
    }
}
