using Tupu.Domain.Entities;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// Statements that copy nodes and relationships as another store computed them (property maps verbatim), merging
/// on id and setting properties only when they differ, so pushing twice changes nothing.
/// </summary>
internal static class PushStatements
{
    public static CypherStatement Node(string label) => StatementText.Of(
        $"push.node.{Labels.Checked(label)}",
        $$"""
        UNWIND $rows AS row
        MERGE (n:{{label}} {id: row.id})
        WITH n, row.properties AS want
        {{CypherFragments.GuardedSet("n")}}
        RETURN count(*) AS rows
        """);

    public static CypherStatement Relationship(RelationType type, string startLabel, string endLabel)
    {
        var name = type.SchemaName();
        return StatementText.Of(
            $"push.relationship.{name}.{Labels.Checked(startLabel)}.{Labels.Checked(endLabel)}",
            $$"""
            UNWIND $rows AS row
            MATCH (s:{{startLabel}} {id: row.start})
            MATCH (e:{{endLabel}} {id: row.end})
            MERGE (s)-[r:{{name}} {id: row.id}]->(e)
            WITH r, row.properties AS want
            {{CypherFragments.GuardedSet("r")}}
            RETURN count(*) AS rows
            """);
    }

    /// <summary>Every (type, start label, end label) the schema allows, structural types included.</summary>
    public static IEnumerable<(RelationType Type, string Start, string End)> Endpoints()
    {
        foreach (var claim in ClaimStatements.Endpoints())
        {
            yield return claim;
        }

        foreach (var outlet in RelationType.Published.Subjects())
        {
            yield return (RelationType.Published, Labels.Of(outlet), Labels.Article);
        }

        foreach (var entity in RelationType.Mentions.Objects())
        {
            yield return (RelationType.Mentions, Labels.Article, Labels.Of(entity));
        }
    }

    /// <summary>Whether the schema allows this relationship between these labels.</summary>
    public static bool Allows(RelationType type, string start, string end) =>
        Endpoints().Any(e => e.Type == type && string.Equals(e.Start, start, StringComparison.Ordinal) && string.Equals(e.End, end, StringComparison.Ordinal));

    internal static EntityType? EntityTypeOf(string label) =>
        Enum.TryParse<EntityType>(label, ignoreCase: false, out var type) && Labels.All.Contains(label, StringComparer.Ordinal) ? type : null;
}
