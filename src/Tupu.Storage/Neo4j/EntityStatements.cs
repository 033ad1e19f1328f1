using Tupu.Domain.Entities;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Neo4j;

/// <summary>Statements that merge entity nodes (one per label: labels are never parameters in Cypher).</summary>
internal static class EntityStatements
{
    /// <summary>The entity labels, from the domain's closed vocabulary.</summary>
    public static IReadOnlyList<string> EntityLabels { get; } = [.. Enum.GetValues<EntityType>().Select(Labels.Of)];

    /// <summary>
    /// GraphBatch's entity rule: aliases unioned and kept sorted, names keep the first non-empty value unless a
    /// lexicon entry meets a discovered node, confidence is the maximum, source becomes lexicon once any is.
    /// </summary>
    public static CypherStatement Merge(string label) => StatementText.Of(
        $"entity.merge.{Labels.Checked(label)}",
        $$"""
        UNWIND $rows AS row
        MERGE (n:{{label}} {id: row.id})
        WITH n, row, coalesce(n.source = 'discovered', false) AND row.source = 'lexicon' AS lexiconWins
        WITH n, {
          name: {{Pick("name")}},
          nameEn: {{Pick("nameEn")}},
          nameZh: {{Pick("nameZh")}},
          family: {{Pick("family")}},
          aliases: reduce(acc = [], a IN coalesce(n.aliases, []) + row.aliases |
            CASE WHEN a IN acc THEN acc ELSE [x IN acc WHERE x < a] + [a] + [x IN acc WHERE x > a] END),
          confidence: CASE WHEN n.confidence IS NULL OR row.confidence > n.confidence THEN row.confidence ELSE n.confidence END,
          source: CASE WHEN n.source = 'lexicon' OR row.source = 'lexicon' THEN 'lexicon' ELSE 'discovered' END
        } AS want
        {{CypherFragments.GuardedSet("n")}}
        RETURN count(*) AS rows
        """);

    /// <summary>Links a model version to its family (the structural VERSION_OF the family property implies).</summary>
    public static CypherStatement Family { get; } = StatementText.Of(
        "entity.family",
        """
        UNWIND $rows AS row
        MATCH (m:Model {id: row.id})
        MATCH (f:Model {id: row.family})
        MERGE (m)-[r:VERSION_OF {id: row.relationshipId}]->(f)
        RETURN count(r) AS rows
        """);

    /// <summary>Deletes entities of a replaced article that nothing links to any more.</summary>
    public static CypherStatement DeleteOrphans(string label) => StatementText.Of(
        $"entity.deleteOrphans.{Labels.Checked(label)}",
        $$"""
        UNWIND $ids AS id
        MATCH (n:{{label}} {id: id})
        WHERE NOT EXISTS { (n)--() }
        DELETE n
        """);

    /// <summary>Labels of entities referenced by a batch but not part of it (written by earlier articles).</summary>
    public static CypherStatement ResolveLabels { get; } = StatementText.Of(
        "entity.labels",
        $$"""
        UNWIND $ids AS id
        {{string.Join("\n", EntityLabels.Select((l, i) => "OPTIONAL MATCH (n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + l + " {id: id})"))}}
        WITH id, coalesce({{string.Join(", ", EntityLabels.Select((_, i) => "n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))}}) AS n
        WHERE n IS NOT NULL
        RETURN id, labels(n) AS labels
        """);

    private static string Pick(string key) =>
        $"CASE WHEN coalesce(row.{key}, '') <> '' AND (coalesce(n.{key}, '') = '' OR lexiconWins) THEN row.{key} ELSE n.{key} END";
}
