using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// Statements that merge claims (semantic relations). One per (type, subject label, object label): labels and types
/// are never parameters in Cypher, and anchoring both ends on a label uses the id constraints' indexes.
/// </summary>
internal static class ClaimStatements
{
    /// <summary>
    /// Merges a claim on its id (derived from type, subject, object, negated?) and puts this article's evidence
    /// entries in the place its article id sorts to, replacing entries the same article gave before; the aggregates
    /// are then recomputed from the lists. For WORKS_FOR, role and current follow the most recently published report.
    /// </summary>
    public static CypherStatement Merge(RelationType type, string subjectLabel, string objectLabel)
    {
        var name = type.SchemaName();
        var lists = string.Join(
            ",\n  ",
            CypherFragments.EvidenceLists.Select(l => $"[i IN before | r.{l}[i]] + row.{l} + [i IN after | r.{l}[i]] AS {l}"));
        const string Roles = """
            ,
              role: CASE WHEN row.role IS NOT NULL AND (r.role IS NULL OR row.published >= coalesce(r.lastSeen, '')) THEN row.role ELSE r.role END,
              current: CASE WHEN row.current IS NOT NULL AND (r.current IS NULL OR row.published >= coalesce(r.lastSeen, '')) THEN row.current ELSE r.current END
            """;
        return StatementText.Of(
            $"claim.merge.{name}.{Labels.Checked(subjectLabel)}.{Labels.Checked(objectLabel)}",
            $$"""
            UNWIND $rows AS row
            MATCH (s:{{subjectLabel}} {id: row.subject})
            MATCH (o:{{objectLabel}} {id: row.object})
            MERGE (s)-[r:{{name}} {id: row.id}]->(o)
            WITH r, row, coalesce(r.articles, []) AS old
            WITH r, row,
              [i IN range(0, size(old) - 1) WHERE old[i] < row.article] AS before,
              [i IN range(0, size(old) - 1) WHERE old[i] > row.article] AS after
            WITH r, row,
              {{lists}}
            {{CypherFragments.ClaimAggregates("r, row", "row.negated", Roles.TrimEnd())}}
            {{CypherFragments.GuardedSet("r")}}
            RETURN count(*) AS rows
            """);
    }

    /// <summary>Every (type, subject label, object label) the schema allows for semantic relations.</summary>
    public static IEnumerable<(RelationType Type, string Subject, string Object)> Endpoints() =>
        from type in RelationTypes.All
        where type.IsSemantic()
        from subject in type.Subjects()
        from @object in type.Objects()
        select (type, Labels.Of(subject), Labels.Of(@object));
}
