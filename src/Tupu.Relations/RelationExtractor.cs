using Tupu.Domain.Entities;
using Tupu.Domain.Relations;
using Tupu.Relations.Analysis;

namespace Tupu.Relations;

/// <summary>
/// Sixth pipeline stage: reads typed relations (USES, PRAISED, BUILT_ON, DEVELOPS, WORKS_FOR, FOUNDED, QUOTED_IN)
/// between resolved mentions, each with evidence, confidence, certainty and attribution. Works on characters,
/// mentions and sentences only (tokens are not needed). Stateless after construction, so one instance may serve
/// many threads.
/// </summary>
public sealed class RelationExtractor
{
    private readonly RelationLexicon _lexicon;

    /// <param name="lexicon">Trigger and cue lexicons; the shipped ones when null.</param>
    public RelationExtractor(RelationLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? RelationLexicon.LoadDefault();
    }

    /// <summary>Extracts the relations of one document. Never emits a relation whose endpoints the schema forbids.</summary>
    public ExtractedDocument Extract(ResolvedDocument document) => Extract(document, articleOutlet: null);

    /// <summary>
    /// Extracts the relations of one document whose byline outlet is known. People quoted in the article are
    /// QUOTED_IN <paramref name="articleOutlet"/> even when the text never names it (bylines are metadata); without
    /// it, only an outlet among the document's entities whose name equals the byline is used.
    /// </summary>
    /// <param name="articleOutlet">The MediaOutlet entity the article's byline resolves to, or null.</param>
    public ExtractedDocument Extract(ResolvedDocument document, Entity? articleOutlet)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var analysis = new DocumentAnalysis(document, _lexicon, articleOutlet);
        var relations = analysis.Extract();
        return new ExtractedDocument(document, relations);
    }
}
