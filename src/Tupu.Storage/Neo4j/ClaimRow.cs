using System.Globalization;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// One claim's contribution from one article: the relations of the batch that share a merge key, as the parameter
/// row of <see cref="ClaimStatements.Merge"/>. Evidence entries are in offset order, one per sentence span.
/// </summary>
internal sealed class ClaimRow(string id, RelationType type, string subjectId, string objectId, bool negated, string articleId, string published)
{
    private readonly SortedDictionary<(int Start, int End), Relation> bySpan = [];

    public RelationType Type => type;

    public string SubjectId => subjectId;

    public string ObjectId => objectId;

    /// <summary>The claim's relationship id (<see cref="Tupu.Domain.Graph.GraphBatch.RelationIds"/>).</summary>
    public string Id => id;

    /// <summary>Adds a relation; of two with the same sentence span the more confident is kept.</summary>
    public void Add(Relation relation)
    {
        var span = (relation.Evidence.SourceSpan.Start, relation.Evidence.SourceSpan.End);
        if (!bySpan.TryGetValue(span, out var kept) || relation.Confidence > kept.Confidence)
        {
            bySpan[span] = relation;
        }
    }

    public Dictionary<string, object?> ToParameters()
    {
        var entries = bySpan.ToList();
        var withRole = entries.Select(e => e.Value).LastOrDefault(r => !string.IsNullOrEmpty(r.Role));
        var withCurrent = entries.Select(e => e.Value).LastOrDefault(r => r.Current is not null);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = Id,
            ["subject"] = subjectId,
            ["object"] = objectId,
            ["negated"] = negated,
            ["article"] = articleId,
            ["published"] = published,
            ["evidence"] = entries.Select(e => (object?)e.Value.Evidence.Sentence).ToList(),
            ["articles"] = entries.Select(_ => (object?)articleId).ToList(),
            ["offsets"] = entries.Select(e => (object?)string.Create(CultureInfo.InvariantCulture, $"{articleId}:{e.Key.Start}-{e.Key.End}")).ToList(),
            ["triggers"] = entries.Select(e => (object?)e.Value.Evidence.Trigger).ToList(),
            ["certainties"] = entries.Select(e => (object?)CertaintyText(e.Value.Certainty)).ToList(),
            ["confidences"] = entries.Select(e => (object?)e.Value.Confidence).ToList(),
            ["dates"] = entries.Select(_ => (object?)published).ToList(),
            ["attributedTo"] = entries.Select(e => (object?)(e.Value.AttributedTo ?? string.Empty)).ToList(),
            ["role"] = withRole?.Role,
            ["current"] = withCurrent?.Current,
        };
    }

    public static string CertaintyText(Certainty certainty) => certainty switch
    {
        Certainty.Asserted => "asserted",
        Certainty.Speculated => "speculated",
        Certainty.Negated => "negated",
        _ => throw new ArgumentOutOfRangeException(nameof(certainty), certainty, null),
    };
}
