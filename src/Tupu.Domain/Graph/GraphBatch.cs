using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    ImmutableArray<Relation> Relations)
{
    // The relationship keys are computed where the batch is made, on the analysis worker that maps the article, so
    // the one writer that stores batches in order does not hash them. A copy made with `with` computes them again.
    private RelationshipKeys? keys = RelationshipKeys.Of(Article, MentionedEntityIds, Relations);

    public ArticleRecord Article { get; init => (field, keys) = (value, null); } = Article;

    public ImmutableArray<string> MentionedEntityIds { get; init => (field, keys) = (value, null); } = MentionedEntityIds;

    public ImmutableArray<Relation> Relations { get; init => (field, keys) = (value, null); } = Relations;

    /// <summary>
    /// The article's MENTIONS edges: every entity it mentions or has evidence about (the ends of its relations), once
    /// each, in ordinal order of id, with the relationship id every store gives the edge.
    /// </summary>
    public ImmutableArray<MentionEdge> Mentions => Keys.Mentions;

    /// <summary>The claim relationship id of each of <see cref="Relations"/>, in the same order (see <see cref="RelationshipIds"/>).</summary>
    public ImmutableArray<string> RelationIds => Keys.RelationIds;

    private RelationshipKeys Keys => keys ??= RelationshipKeys.Of(Article, MentionedEntityIds, Relations);

    /// <summary>Equal when the five members are (the keys are derived from them).</summary>
    public bool Equals(GraphBatch? other) =>
        other is not null
        && Article == other.Article
        && OutletId == other.OutletId
        && Entities == other.Entities
        && MentionedEntityIds == other.MentionedEntityIds
        && Relations == other.Relations;

    public override int GetHashCode() => HashCode.Combine(Article, OutletId, Entities, MentionedEntityIds, Relations);

    private sealed record RelationshipKeys(ImmutableArray<MentionEdge> Mentions, ImmutableArray<string> RelationIds)
    {
        public static RelationshipKeys Of(ArticleRecord article, ImmutableArray<string> mentioned, ImmutableArray<Relation> relations)
        {
            var relationIds = new string[relations.Length];
            var ids = new HashSet<string>(mentioned.Length + (2 * relations.Length), StringComparer.Ordinal);
            ids.UnionWith(mentioned);
            for (var i = 0; i < relations.Length; i++)
            {
                var relation = relations[i];
                relationIds[i] = RelationshipIds.Of(relation.Type, relation.SubjectId, relation.ObjectId, relation.Certainty == Certainty.Negated);
                ids.Add(relation.SubjectId);
                ids.Add(relation.ObjectId);
            }

            var ordered = ids.ToArray();
            Array.Sort(ordered, StringComparer.Ordinal);
            var mentions = new MentionEdge[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                mentions[i] = new MentionEdge(ordered[i], RelationshipIds.Of(RelationType.Mentions, article.Id, ordered[i]));
            }

            return new RelationshipKeys(
                ImmutableCollectionsMarshal.AsImmutableArray(mentions),
                ImmutableCollectionsMarshal.AsImmutableArray(relationIds));
        }
    }
}
