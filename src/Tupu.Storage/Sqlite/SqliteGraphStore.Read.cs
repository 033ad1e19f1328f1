using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Every relationship as one row stream ordered by type, id, then evidence position (<see cref="RelationshipRowOrder"/>);
    /// consecutive rows of one id are aggregated into one relationship.
    /// </summary>
    private const string RelationshipRowsSql =
        $"{EvidenceRelationshipRows} UNION ALL {DerivedVersionRows} UNION ALL {MentionRows} UNION ALL {PublishedRows} {RelationshipRowOrder};";

    /// <summary>The relationships extracted from text: one row per evidence sentence.</summary>
    private const string EvidenceRelationshipRows = """
        SELECT ev.type, ev.rel_id, ev.subject_id, s.type, ev.object_id, o.type, ev.negated,
               a.id, ev.span_start, ev.span_end, ev.sentence, ev.trigger, ev.certainty, ev.confidence,
               ev.attributed_to, ev.role, ev.current, a.published
        FROM evidence ev
        JOIN entity s ON s.id = ev.subject_id
        JOIN entity o ON o.id = ev.object_id
        JOIN article a ON a.seq = ev.article_seq
        """;

    /// <summary>VERSION_OF derived from an entity's family; it yields to an extracted one of the same id.</summary>
    private const string DerivedVersionRows = """
        SELECT 'VERSION_OF', m.version_rel_id, m.id, m.type, f.id, f.type, 0,
               NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM entity m
        JOIN entity f ON f.id = m.family_id
        WHERE m.version_rel_id IS NOT NULL AND m.id <> f.id
          AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.rel_id = m.version_rel_id)
        """;

    private const string MentionRows = """
        SELECT 'MENTIONS', mn.rel_id, a.id, 'Article', mn.entity_id, e.type, 0,
               NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM mention mn
        JOIN article a ON a.seq = mn.article_seq
        JOIN entity e ON e.id = mn.entity_id
        """;

    private const string PublishedRows = """
        SELECT 'PUBLISHED', a.published_rel_id, a.outlet_id, o.type, a.id, 'Article', 0,
               NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM article a
        JOIN entity o ON o.id = a.outlet_id
        """;

    /// <summary>Type, relationship id, then the evidence's article and span: a relationship's rows are consecutive.</summary>
    private const string RelationshipRowOrder = "ORDER BY 1, 2, 8, 9, 10";

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        foreach (var label in Labels.All.Order(StringComparer.Ordinal))
        {
            var isArticle = string.Equals(label, Labels.Article, StringComparison.Ordinal);
            await using var command = isArticle
                ? connection.Command($"SELECT {NodeRows.ArticleColumns} FROM article ORDER BY id;")
                : connection.Command($"SELECT {EntityRows.Columns} FROM entity WHERE type = $label ORDER BY id;", null, ("$label", label));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return isArticle ? NodeRows.Article(reader) : NodeRows.Entity(EntityRows.Read(reader));
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.Command(RelationshipRowsSql);
        await foreach (var relationship in AggregateAsync(command, cancellationToken))
        {
            yield return relationship;
        }
    }

    /// <summary>Aggregates the rows of a query ordered by <see cref="RelationshipRowOrder"/>, one relationship per id.</summary>
    private static async IAsyncEnumerable<GraphRelationship> AggregateAsync(SqliteCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        RelationshipAggregator? current = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = RelationshipRow.Read(reader);
            if (current is not null && !string.Equals(current.Id, row.RelId, StringComparison.Ordinal))
            {
                yield return current.Build();
                current = null;
            }

            current ??= new RelationshipAggregator(row);
            current.Add(row);
        }

        if (current is not null)
        {
            yield return current.Build();
        }
    }
}
