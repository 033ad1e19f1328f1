using Tupu.Domain.Graph;

namespace Tupu.Storage.Neo4j;

/// <summary>Statements about Article nodes: lookup by source, merge, PUBLISHED, MENTIONS and retiring an old version.</summary>
internal static class ArticleStatements
{
    public static CypherStatement Unchanged { get; } = StatementText.Of(
        "article.unchanged",
        """
        MATCH (a:Article {sourceKey: $sourceKey})
        WHERE a.contentHash = $contentHash
        RETURN count(a) AS matches
        """);

    /// <summary>Every stored version of a source (normally one), with the entities it links to.</summary>
    public static CypherStatement Versions { get; } = StatementText.Of(
        "article.versions",
        """
        MATCH (a:Article {sourceKey: $sourceKey})
        OPTIONAL MATCH (a)-[:MENTIONS]->(m)
        OPTIONAL MATCH (o:MediaOutlet)-[:PUBLISHED]->(a)
        RETURN a.id AS id, collect(DISTINCT m.id) + collect(DISTINCT o.id) AS linked
        """);

    public static CypherStatement Merge { get; } = StatementText.Of(
        "article.merge",
        $$"""
        MERGE (a:Article {id: $id})
        WITH a, $properties AS want
        {{CypherFragments.GuardedSet("a")}}
        RETURN count(*) AS rows
        """);

    public static CypherStatement Published { get; } = StatementText.Of(
        "article.published",
        """
        MATCH (a:Article {id: $articleId})
        MATCH (o:MediaOutlet {id: $outletId})
        MERGE (o)-[r:PUBLISHED {id: $relationshipId}]->(a)
        RETURN count(r) AS rows
        """);

    public static CypherStatement Mentions(string label) => StatementText.Of(
        $"article.mentions.{Labels.Checked(label)}",
        $$"""
        MATCH (a:Article {id: $articleId})
        UNWIND $rows AS row
        MATCH (e:{{label}} {id: row.id})
        MERGE (a)-[r:MENTIONS {id: row.relationshipId}]->(e)
        RETURN count(r) AS rows
        """);

    /// <summary>
    /// Removes the evidence entries of replaced article versions from the claims that still have other evidence.
    /// Claims are reached through the old versions' MENTIONS (an article mentions every entity it has evidence about).
    /// </summary>
    public static CypherStatement RetireEvidence { get; } = StatementText.Of(
        "article.retire.evidence",
        $$"""
        MATCH (a:Article)-[:MENTIONS]->()-[r]-()
        WHERE a.id IN $articleIds AND a.id IN r.articles
        WITH DISTINCT r
        WITH r, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN $articleIds] AS keep
        WHERE size(keep) > 0
        WITH r,
          {{string.Join(",\n  ", CypherFragments.EvidenceLists.Select(l => $"[i IN keep | r.{l}[i]] AS {l}"))}}
        {{CypherFragments.ClaimAggregates("r", "r.certainty = 'negated'", string.Empty)}}
        {{CypherFragments.GuardedSet("r")}}
        RETURN count(*) AS rows
        """);

    /// <summary>Deletes claims whose only evidence came from replaced article versions.</summary>
    public static CypherStatement RetireClaims { get; } = StatementText.Of(
        "article.retire.claims",
        """
        MATCH (a:Article)-[:MENTIONS]->()-[r]-()
        WHERE a.id IN $articleIds AND a.id IN r.articles
        WITH DISTINCT r
        WHERE all(x IN r.articles WHERE x IN $articleIds)
        DELETE r
        """);

    /// <summary>Deletes replaced article versions with their MENTIONS and PUBLISHED relationships.</summary>
    public static CypherStatement RetireArticles { get; } = StatementText.Of(
        "article.retire.articles",
        """
        MATCH (a:Article)
        WHERE a.id IN $articleIds
        DETACH DELETE a
        """);
}
