using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

/// <summary>Statements that read the whole graph back (export, push from Neo4j, resolution of later articles).</summary>
internal static class ReadStatements
{
    public static CypherStatement Nodes(string label) => StatementText.Of(
        $"read.nodes.{Labels.Checked(label)}",
        $$"""
        MATCH (n:{{label}})
        RETURN n.id AS id, properties(n) AS properties
        ORDER BY id
        """);

    public static CypherStatement Relationships(RelationType type) => StatementText.Of(
        $"read.relationships.{type.SchemaName()}",
        $$"""
        MATCH (s)-[r:{{type.SchemaName()}}]->(e)
        RETURN r.id AS id, s.id AS start, labels(s) AS startLabels, e.id AS end, labels(e) AS endLabels, properties(r) AS properties
        ORDER BY id
        """);
}
