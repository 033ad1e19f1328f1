using Tupu.Domain.Graph;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// Applies GraphBatch's relation merge rule to the evidence rows of one relationship key: certainty asserted when any
/// positive evidence is asserted (else speculated; negated keys stay negated), confidence max, support = distinct
/// articles, first/last seen from the articles' dates, evidence and offsets in article-then-offset order.
/// For WORKS_FOR, role and current come from the latest report that gives them.
/// </summary>
internal sealed class RelationshipAggregator(RelationshipRow key)
{
    private readonly List<EvidenceRow> rows = [];

    public string Id => key.RelId;

    public void Add(RelationshipRow row)
    {
        if (row.Evidence is { } evidence)
        {
            rows.Add(evidence);
        }
    }

    public GraphRelationship Build()
    {
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["id"] = key.RelId };
        if (rows.Count > 0)
        {
            AddEvidenceProperties(properties);
        }

        return new GraphRelationship(
            key.RelId,
            key.Type,
            new GraphNodeRef(key.StartId, [key.StartLabel]),
            new GraphNodeRef(key.EndId, [key.EndLabel]),
            properties);
    }

    private void AddEvidenceProperties(SortedDictionary<string, object?> properties)
    {
        properties["certainty"] = key.Negated ? "negated"
            : rows.Exists(r => string.Equals(r.Certainty, "asserted", StringComparison.Ordinal)) ? "asserted"
            : "speculated";
        properties["confidence"] = rows.Max(r => r.Confidence);
        var articles = rows.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).ToArray();
        properties["support"] = (long)articles.Length;
        properties["articles"] = articles;
        properties["evidence"] = rows.Select(r => r.Sentence).Distinct(StringComparer.Ordinal).ToArray();
        properties["offsets"] = rows.Select(r => $"{r.ArticleId}:{r.Start}-{r.End}").ToArray();
        properties["triggers"] = rows.Select(r => r.Trigger).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

        var dates = rows.Select(r => r.Published).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        if (dates.Length > 0)
        {
            properties["firstSeen"] = dates[0];
            properties["lastSeen"] = dates[^1];
        }

        var attributed = rows.Select(r => r.AttributedTo).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (attributed.Length > 0)
        {
            properties["attributedTo"] = attributed;
        }

        // Latest report first: a later "former CEO" overrides an earlier "CEO".
        var latestFirst = rows
            .OrderByDescending(r => r.Published ?? "", StringComparer.Ordinal)
            .ThenByDescending(r => r.ArticleId, StringComparer.Ordinal)
            .ThenByDescending(r => r.Start)
            .ToArray();
        if (latestFirst.Select(r => r.Role).FirstOrDefault(r => !string.IsNullOrEmpty(r)) is { } role)
        {
            properties["role"] = role;
        }

        if (latestFirst.Select(r => r.Current).FirstOrDefault(c => c is not null) is { } current)
        {
            properties["current"] = current;
        }
    }
}
