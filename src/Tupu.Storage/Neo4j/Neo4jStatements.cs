using System.Collections.Frozen;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// Every Cypher statement Tupu sends to Neo4j, by name, so tests and the Cypher lint (tests/cypher-lint) can check
/// them all. Statements are fixed texts built from the schema's closed vocabulary; data only ever travels as
/// parameters. Schema statements are in <see cref="Schema.GraphSchema"/>; user queries (<c>tupu query</c>) are the user's.
/// </summary>
public static class Neo4jStatements
{
    private static readonly Lazy<FrozenDictionary<string, CypherStatement>> ByName = new(Build);

    /// <summary>All statements, ordered by name.</summary>
    public static IReadOnlyList<CypherStatement> All => [.. ByName.Value.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The statement called <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> for an unknown name.</summary>
    public static CypherStatement Get(string name) => ByName.Value[name];

    private static FrozenDictionary<string, CypherStatement> Build()
    {
        IEnumerable<CypherStatement> statements =
        [
            ArticleStatements.Unchanged,
            ArticleStatements.Versions,
            ArticleStatements.Merge,
            ArticleStatements.Published,
            ArticleStatements.RetireEvidence,
            ArticleStatements.RetireClaims,
            ArticleStatements.RetireArticles,
            EntityStatements.Family,
            EntityStatements.ResolveLabels,
            .. EntityStatements.EntityLabels.Select(EntityStatements.Merge),
            .. EntityStatements.EntityLabels.Select(EntityStatements.DeleteOrphans),
            .. EntityStatements.EntityLabels.Select(ArticleStatements.Mentions),
            .. ClaimStatements.Endpoints().Select(e => ClaimStatements.Merge(e.Type, e.Subject, e.Object)),
            .. Labels.All.Select(PushStatements.Node),
            .. PushStatements.Endpoints().Select(e => PushStatements.Relationship(e.Type, e.Start, e.End)),
            .. Labels.All.Select(ReadStatements.Nodes),
            .. RelationTypes.All.Select(ReadStatements.Relationships),
        ];
        return statements.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
    }
}
