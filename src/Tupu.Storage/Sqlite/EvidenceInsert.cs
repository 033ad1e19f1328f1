using Microsoft.Data.Sqlite;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// Inserts one evidence row. The same claim read twice from one sentence is one row: confidence max, asserted
/// beats speculated, first attribution/role kept.
/// </summary>
internal static class EvidenceInsert
{
    public static SqliteCommand Create(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.Command(
            """
            INSERT INTO evidence (rel_id, type, subject_id, object_id, negated, article_id, span_start, span_end,
                                  sentence, trigger, certainty, confidence, attributed_to, role, current)
            VALUES ($rel, $type, $subject, $object, $negated, $article, $start, $end,
                    $sentence, $trigger, $certainty, $confidence, $attributedTo, $role, $current)
            ON CONFLICT (rel_id, article_id, span_start, span_end) DO UPDATE SET
                confidence = max(confidence, excluded.confidence),
                certainty = CASE WHEN excluded.certainty = 'asserted' THEN 'asserted' ELSE certainty END,
                attributed_to = coalesce(attributed_to, excluded.attributed_to),
                role = coalesce(role, excluded.role),
                current = coalesce(current, excluded.current);
            """,
            transaction);
        foreach (var name in new[] { "$rel", "$type", "$subject", "$object", "$negated", "$article", "$start", "$end", "$sentence", "$trigger", "$certainty", "$confidence", "$attributedTo", "$role", "$current" })
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    public static async Task RunAsync(SqliteCommand command, string relId, string articleId, Relation relation, CancellationToken ct)
    {
        var p = command.Parameters;
        p["$rel"].Value = relId;
        p["$type"].Value = relation.Type.SchemaName();
        p["$subject"].Value = relation.SubjectId;
        p["$object"].Value = relation.ObjectId;
        p["$negated"].Value = relation.Certainty == Certainty.Negated ? 1 : 0;
        p["$article"].Value = articleId;
        p["$start"].Value = relation.Evidence.SourceSpan.Start;
        p["$end"].Value = relation.Evidence.SourceSpan.End;
        p["$sentence"].Value = relation.Evidence.Sentence;
        p["$trigger"].Value = relation.Evidence.Trigger;
        p["$certainty"].Value = CertaintyText(relation.Certainty);
        p["$confidence"].Value = relation.Confidence;
        p["$attributedTo"].Value = (object?)relation.AttributedTo ?? DBNull.Value;
        p["$role"].Value = (object?)relation.Role ?? DBNull.Value;
        p["$current"].Value = relation.Current is { } current ? (current ? 1 : 0) : DBNull.Value;
        await command.ExecuteNonQueryAsync(ct);
    }

    public static string CertaintyText(Certainty certainty) => certainty switch
    {
        Certainty.Asserted => "asserted",
        Certainty.Speculated => "speculated",
        _ => "negated",
    };
}
