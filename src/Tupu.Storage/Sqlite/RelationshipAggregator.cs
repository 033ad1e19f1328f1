using System.Globalization;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// Applies GraphBatch's relation merge rule to the evidence rows of one relationship key: certainty asserted when any
/// positive evidence is asserted (else speculated; negated keys stay negated), confidence max, support = distinct
/// articles, first/last seen from the articles' dates. For WORKS_FOR, role and current come from the latest report
/// that gives them.
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

    /// <summary>
    /// The parallel per-sentence lists of graph-schema/README.md (element i of each describes one evidence row, rows
    /// in article-then-offset order) and the aggregates computed from them.
    /// </summary>
    private void AddEvidenceProperties(SortedDictionary<string, object?> properties)
    {
        properties["evidence"] = rows.Select(r => r.Sentence).ToArray();
        properties["articles"] = rows.Select(r => r.ArticleId).ToArray();
        properties["offsets"] = rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.ArticleId}:{r.Start}-{r.End}")).ToArray();
        properties["triggers"] = rows.Select(r => r.Trigger).ToArray();
        properties["certainties"] = rows.Select(r => r.Certainty).ToArray();
        properties["confidences"] = rows.Select(r => r.Confidence).ToArray();
        properties["dates"] = rows.Select(r => r.Published ?? "").ToArray();
        properties["attributedTo"] = rows.Select(r => r.AttributedTo ?? "").ToArray();

        properties["certainty"] = key.Negated ? "negated"
            : rows.Exists(r => string.Equals(r.Certainty, "asserted", StringComparison.Ordinal)) ? "asserted"
            : "speculated";
        properties["confidence"] = rows.Max(r => r.Confidence);
        properties["support"] = (long)rows.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Count();
        var dates = rows.Select(r => r.Published).OfType<string>().Where(d => d.Length > 0).Order(StringComparer.Ordinal).ToArray();
        if (dates.Length > 0)
        {
            properties["firstSeen"] = dates[0];
            properties["lastSeen"] = dates[^1];
        }

        // The most recently published report that states them: a later "former CEO" overrides an earlier "CEO".
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
