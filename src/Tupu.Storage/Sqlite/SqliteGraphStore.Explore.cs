using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Tupu.Domain.Graph;
using Tupu.Domain.Relations;
using Tupu.Storage.Traversal;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// Exploration (<see cref="IExplorableGraph"/>): each question reads the entity table once to match a name, then the
/// relationships at the nodes it walks, one query per step of its walk.
/// </summary>
/// <remarks>
/// Evidence has no index by subject or object: keeping two more indexes of the largest table up to date would cost
/// every ingest a random page per evidence row (what schemas 3 and 4 took out of the writer). A step scans the evidence
/// table instead, which reads it in order. On the 200 MB synthetic corpus's store (1.4 million evidence rows, 650 MB)
/// <c>tupu show Nvidia</c> takes 2.4 s and <c>tupu neighbors Nvidia --depth 2</c> 2.2 s, where loading the whole graph
/// took 62–76 s and 5 GiB.
/// </remarks>
public sealed partial class SqliteGraphStore : IExplorableGraph
{
    private static readonly string MentionName = RelationType.Mentions.SchemaName();
    private static readonly string PublishedName = RelationType.Published.SchemaName();
    private static readonly string VersionOfName = RelationType.VersionOf.SchemaName();

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphNode> FindEntitiesAsync(Func<string, bool> nameMatches, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameMatches);
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {EntityRows.Columns} FROM entity;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Most rows match nothing: their names are tested as read, and the entity is built only for a match.
            if (EntityRows.AnyName(reader, nameMatches))
            {
                yield return NodeRows.Entity(EntityRows.Read(reader));
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphNode> ReadNodesAsync(IReadOnlyCollection<string> ids, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            yield break;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        var idList = SqliteCommands.JsonArray(ids);
        await using (var entities = connection.Command($"SELECT {EntityRows.Columns} FROM entity WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id;", null, ("$ids", idList)))
        await using (var reader = await entities.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return NodeRows.Entity(EntityRows.Read(reader));
            }
        }

        await using var articles = connection.Command($"SELECT {NodeRows.ArticleColumns} FROM article WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id;", null, ("$ids", idList));
        await using var articleReader = await articles.ExecuteReaderAsync(cancellationToken);
        while (await articleReader.ReadAsync(cancellationToken))
        {
            yield return NodeRows.Article(articleReader);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphRelationship> ReadRelationshipsAtAsync(IReadOnlyCollection<string> ids, IReadOnlySet<string> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(types);
        // Evidence holds the claims between entities; MENTIONS and PUBLISHED come from article rows.
        string[] claimTypes = [.. RelationTypes.All.Where(t => t.IsSemantic()).Select(t => t.SchemaName()).Where(types.Contains)];
        var sql = RelationshipsAtSql(types, readsEvidence: claimTypes.Length > 0);
        if (ids.Count == 0 || sql is null)
        {
            yield break;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.Command(sql, null, ("$ids", SqliteCommands.JsonArray(ids)), ("$types", SqliteCommands.JsonArray(claimTypes)));
        await foreach (var relationship in AggregateAsync(command, cancellationToken))
        {
            yield return relationship;
        }
    }

    /// <summary>
    /// The relationship rows at the nodes <c>$ids</c> (a JSON array), limited to the parts of the graph that hold
    /// <paramref name="types"/> (evidence when <paramref name="readsEvidence"/>, for the claim types in <c>$types</c>);
    /// null when none does. A row both of whose ends are asked for can come twice (MENTIONS, PUBLISHED); the two are
    /// consecutive and carry no evidence, so they aggregate into one relationship.
    /// </summary>
    private static string? RelationshipsAtSql(IReadOnlySet<string> types, bool readsEvidence)
    {
        var parts = new List<string>();
        if (readsEvidence)
        {
            parts.Add($"{EvidenceRelationshipRows} WHERE (ev.subject_id IN at OR ev.object_id IN at) AND ev.type IN (SELECT value FROM json_each($types))");
        }

        if (types.Contains(VersionOfName))
        {
            parts.Add($"{DerivedVersionRows} AND (m.id IN at OR f.id IN at)");
        }

        if (types.Contains(MentionName))
        {
            // Two parts, so that an article is found by its id (an index) and an entity by a scan of mention.
            parts.Add($"{MentionRows} WHERE a.id IN at");
            parts.Add($"{MentionRows} WHERE mn.entity_id IN at");
        }

        if (types.Contains(PublishedName))
        {
            parts.Add($"{PublishedRows} WHERE a.id IN at");
            parts.Add($"{PublishedRows} WHERE a.outlet_id IN at");
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var sql = new StringBuilder("WITH at(id) AS (SELECT value FROM json_each($ids)) ");
        sql.AppendJoin(" UNION ALL ", parts).Append(' ').Append(RelationshipRowOrder).Append(';');
        return sql.ToString();
    }
}
