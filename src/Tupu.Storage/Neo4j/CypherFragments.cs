namespace Tupu.Storage.Neo4j;

/// <summary>
/// Pieces shared by several statements. They are written so that repeating a write leaves the server's counters at
/// zero: values are computed first and SET only when one of them differs from what is stored.
/// </summary>
internal static class CypherFragments
{
    /// <summary>The parallel per-sentence lists of a claim relationship (graph-schema/README.md).</summary>
    public static readonly IReadOnlyList<string> EvidenceLists =
        ["evidence", "articles", "offsets", "triggers", "certainties", "confidences", "dates", "attributedTo"];

    /// <summary>
    /// Sets <paramref name="variable"/> += <c>want</c> only when some key of <c>want</c> differs from the stored value
    /// (null and absent count as equal). FOREACH keeps the row flowing either way.
    /// </summary>
    public static string GuardedSet(string variable) =>
        $"""
        FOREACH (_ IN CASE WHEN any(k IN keys(want) WHERE NOT coalesce({variable}[k] = want[k], {variable}[k] IS NULL AND want[k] IS NULL)) THEN [1] ELSE [] END |
          SET {variable} += want)
        """;

    /// <summary>
    /// The merged claim properties computed from the evidence lists bound to variables of the same names.
    /// <paramref name="carry"/> names the variables kept alongside (the relationship is <c>r</c>);
    /// <paramref name="negated"/> is a Cypher boolean expression; <paramref name="extra"/> adds further map entries.
    /// </summary>
    public static string ClaimAggregates(string carry, string negated, string extra)
    {
        var lists = string.Join(", ", EvidenceLists.Select(l => $"{l}: {l}"));
        return $$"""
            WITH {{carry}}, {{string.Join(", ", EvidenceLists)}}, [d IN dates WHERE d <> ''] AS dated
            WITH {{carry}}, {
              {{lists}},
              certainty: CASE WHEN {{negated}} THEN 'negated' WHEN 'asserted' IN certainties THEN 'asserted' ELSE 'speculated' END,
              confidence: reduce(m = 0.0, c IN confidences | CASE WHEN c > m THEN c ELSE m END),
              support: size(reduce(seen = [], x IN articles | CASE WHEN x IN seen THEN seen ELSE seen + x END)),
              firstSeen: reduce(m = head(dated), d IN dated | CASE WHEN d < m THEN d ELSE m END),
              lastSeen: reduce(m = head(dated), d IN dated | CASE WHEN d > m THEN d ELSE m END){{extra}}
            } AS want
            """;
    }
}
