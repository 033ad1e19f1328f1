using System.Collections.Immutable;
using Tupu.Domain.Entities;
using Tupu.Domain.Relations;

namespace Tupu.Domain.Graph;

/// <summary>
/// Seventh stage: everything one article contributes to the graph, written by a store in one transaction.
/// Merge rules every store follows:
/// <list type="bullet">
/// <item>Entities merge on <see cref="Entity.Id"/>: aliases are unioned; name, nameEn, nameZh keep the first non-empty
/// value, with lexicon entities winning over discovered ones; confidence is the maximum.</item>
/// <item>Relations merge on (type, subject, object, negated?): a negated claim never shares a relationship with a
/// positive one. The merged certainty is asserted when any positive evidence is asserted (a confirmation raises a
/// speculated claim), else speculated; evidence lists are unioned without duplicates; support is the number of
/// distinct articles; firstSeen/lastSeen are the earliest/latest published date of those articles.</item>
/// <item>An article is keyed by its source: a changed article from the same source replaces its own contributions;
/// an unchanged one (same content hash) changes nothing.</item>
/// </list>
/// </summary>
/// <param name="OutletId">Entity id of the MediaOutlet that published the article (MediaOutlet-[:PUBLISHED]->Article), when known.</param>
/// <param name="MentionedEntityIds">Entities the article mentions (Article-[:MENTIONS]->entity).</param>
/// <param name="Relations">Semantic relations between entities, each with this article's evidence.</param>
public sealed record GraphBatch(
    ArticleRecord Article,
    string? OutletId,
    ImmutableArray<Entity> Entities,
    ImmutableArray<string> MentionedEntityIds,
    ImmutableArray<Relation> Relations);
