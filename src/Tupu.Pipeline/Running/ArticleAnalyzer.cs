using Tupu.Domain.Articles;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Entities;
using Tupu.Pipeline.GraphMapping;
using Tupu.Relations;
using Tupu.Text.Normalization;
using Tupu.Text.Tokenization;

namespace Tupu.Pipeline.Running;

/// <summary>
/// The analysis stages of one article, in their only possible order. Recognition and extraction are pure and run in
/// parallel across articles; resolution reads the catalog as it stands after every earlier article, so it runs in
/// article order (see <see cref="IngestRunner"/>).
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly TextNormalizer _normalizer = new();
    private readonly DocumentTokenizer _tokenizer = new();
    private readonly RelationExtractor _extractor;

    public ArticleAnalyzer(RelationExtractor? extractor = null)
    {
        _extractor = extractor ?? new RelationExtractor();
    }

    /// <summary>Article → normalised → tokenized → mentioned.</summary>
    public MentionedDocument Recognize(Article article, MentionRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var normalized = _normalizer.Normalize(article);
        var tokenized = _tokenizer.Tokenize(normalized);
        return recognizer.Recognize(tokenized);
    }

    /// <summary>Mentioned → resolved, against the catalog of everything seen before this article.</summary>
    public static ResolvedDocument Resolve(MentionedDocument mentioned, EntityCatalog catalog) =>
        new EntityResolver(catalog).Resolve(mentioned);

    /// <summary>Resolved → extracted → graph batch.</summary>
    public GraphBatch Extract(ResolvedDocument resolved, GraphMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        // The byline outlet is metadata, not text: the extractor needs it for QUOTED_IN, the mapper for PUBLISHED.
        var outlet = mapper.OutletOf(resolved.Document.Article);
        return mapper.Map(_extractor.Extract(resolved, outlet), outlet);
    }
}
