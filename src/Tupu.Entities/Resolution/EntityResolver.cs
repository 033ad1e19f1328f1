using Tupu.Domain.Entities;
using Tupu.Entities.Resolution;

namespace Tupu.Entities;

/// <summary>
/// Fifth stage: resolves every mention to one entity — a catalog entity (by lexicon id, Lucene candidates with exact,
/// script-normalised, compact and fuzzy matching, or a short form named in full earlier in the article) or a new
/// discovered entity with a deterministic id — and attaches every surface form seen, in the source script too.
/// Thread-safe; for learning across articles, resolve each article with the catalog returned by the previous
/// <see cref="EntityCatalog.Learn"/>.
/// </summary>
public sealed class EntityResolver
{
    private readonly EntityCatalog _catalog;

    public EntityResolver(EntityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <summary>Resolves a document. Names learned by earlier articles are found again here, between the recognised mentions.</summary>
    public ResolvedDocument Resolve(MentionedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var withLearned = LearnedNameScanner.AddLearned(document, _catalog);
        return new DocumentResolution(_catalog, withLearned).Run();
    }
}
