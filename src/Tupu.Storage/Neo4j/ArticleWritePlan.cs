using System.Collections.Immutable;
using System.Globalization;
using Tupu.Domain;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// One GraphBatch turned into statement parameters, before anything is sent: entity rows per label, the article's
/// properties, the ids it mentions (every entity it has evidence about included) and the claim rows.
/// Invalid relations (structural types, endpoints the schema forbids) are rejected here.
/// </summary>
internal sealed class ArticleWritePlan
{
    private ArticleWritePlan(GraphBatch batch)
    {
        Batch = batch;
    }

    public GraphBatch Batch { get; }

    public string ArticleId => Batch.Article.Id;

    /// <summary>Label of each entity of the batch.</summary>
    public Dictionary<string, string> KnownLabels { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, List<Dictionary<string, object?>>> EntityRows { get; } = new(StringComparer.Ordinal);

    public List<Dictionary<string, object?>> FamilyRows { get; } = [];

    public Dictionary<string, object?> ArticleProperties { get; } = new(StringComparer.Ordinal);

    /// <summary>Every entity the article links to by MENTIONS, ordinal order of id (see <see cref="GraphBatch.Mentions"/>).</summary>
    public ImmutableArray<MentionEdge> Mentioned => Batch.Mentions;

    public List<ClaimRow> Claims { get; } = [];

    public static ArticleWritePlan From(GraphBatch batch)
    {
        var plan = new ArticleWritePlan(batch);
        plan.AddEntities();
        plan.AddArticle();
        plan.AddClaims();
        return plan;
    }

    /// <summary>Ids referenced (mentions, outlet, claim ends) whose label the batch does not say.</summary>
    public IReadOnlyList<string> UnknownIds() =>
        [.. Mentioned.Select(m => m.EntityId).Append(Batch.OutletId).OfType<string>().Where(id => !KnownLabels.ContainsKey(id)).Distinct(StringComparer.Ordinal)];

    private void AddEntities()
    {
        foreach (var entity in Batch.Entities)
        {
            var label = Labels.Of(entity.Type);
            if (KnownLabels.TryGetValue(entity.Id, out var other) && !string.Equals(other, label, StringComparison.Ordinal))
            {
                throw new TupuException(ErrorCode.InvalidEndpoint, $"Article {ArticleId}: entity '{entity.Id}' is both {other} and {label}.");
            }

            KnownLabels[entity.Id] = label;
            if (!EntityRows.TryGetValue(label, out var rows))
            {
                EntityRows[label] = rows = [];
            }

            rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = entity.Id,
                ["name"] = entity.Name,
                ["nameEn"] = NullIfEmpty(entity.NameEn),
                ["nameZh"] = NullIfEmpty(entity.NameZh),
                ["family"] = NullIfEmpty(entity.FamilyId),
                ["aliases"] = (entity.Aliases.IsDefault ? [] : entity.Aliases)
                    .Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Cast<object?>().ToList(),
                ["confidence"] = entity.Confidence,
                ["source"] = entity.Source == EntitySource.Lexicon ? "lexicon" : "discovered",
            });

            if (entity.Type == EntityType.Model && !string.IsNullOrEmpty(entity.FamilyId) && !string.Equals(entity.FamilyId, entity.Id, StringComparison.Ordinal))
            {
                FamilyRows.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["id"] = entity.Id,
                    ["family"] = entity.FamilyId,
                    ["relationshipId"] = RelationshipIds.Of(RelationType.VersionOf, entity.Id, entity.FamilyId),
                });
            }
        }
    }

    private void AddArticle()
    {
        var a = Batch.Article;
        ArticleProperties["sourceKey"] = a.SourceKey;
        ArticleProperties["contentHash"] = a.ContentHash;
        ArticleProperties["title"] = NullIfEmpty(a.Title);
        ArticleProperties["url"] = NullIfEmpty(a.Url);
        ArticleProperties["outlet"] = NullIfEmpty(a.Outlet);
        ArticleProperties["published"] = Published;
        ArticleProperties["language"] = NullIfEmpty(a.Language);
        ArticleProperties["encoding"] = a.Encoding;
    }

    private string? Published => Batch.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void AddClaims()
    {
        var byId = new Dictionary<string, ClaimRow>(StringComparer.Ordinal);
        for (var i = 0; i < Batch.Relations.Length; i++)
        {
            var relation = Batch.Relations[i];
            if (!relation.Type.IsSemantic())
            {
                throw new TupuException(ErrorCode.InvalidEndpoint, $"Article {ArticleId}: {relation.Type.SchemaName()} is not a relation between entities.");
            }

            var negated = relation.Certainty == Certainty.Negated;
            var row = new ClaimRow(Batch.RelationIds[i], relation.Type, relation.SubjectId, relation.ObjectId, negated, ArticleId, Published ?? string.Empty);
            if (!byId.TryGetValue(row.Id, out var existing))
            {
                byId[row.Id] = existing = row;
                Claims.Add(row);
            }

            existing.Add(relation);
        }
    }

    /// <summary>Checks every claim's endpoints against the schema once all labels are known.</summary>
    public void CheckEndpoints(IReadOnlyDictionary<string, string> labels)
    {
        foreach (var claim in Claims)
        {
            var subject = LabelOf(labels, claim.SubjectId, "relation subject");
            var @object = LabelOf(labels, claim.ObjectId, "relation object");
            if (!claim.Type.Allows(Enum.Parse<EntityType>(subject), Enum.Parse<EntityType>(@object)))
            {
                throw new TupuException(
                    ErrorCode.InvalidEndpoint,
                    $"Article {ArticleId}: {claim.Type.SchemaName()} may not join {subject} '{claim.SubjectId}' to {@object} '{claim.ObjectId}'.");
            }
        }
    }

    public string LabelOf(IReadOnlyDictionary<string, string> labels, string id, string role) =>
        labels.TryGetValue(id, out var label)
            ? label
            : throw new TupuException(ErrorCode.InvalidEndpoint, $"Article {ArticleId}: {role} '{id}' is not a known entity.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
