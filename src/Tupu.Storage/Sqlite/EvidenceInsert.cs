using Tupu.Domain.Relations;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// Inserts one evidence row. The same claim read twice from one sentence span is one row: the more confident
/// reading is kept whole (the first on a tie), as the Neo4j store does.
/// </summary>
internal static class EvidenceInsert
{
    private const string Sql = """
            INSERT INTO evidence (rel_id, type, subject_id, object_id, negated, article_id, span_start, span_end,
                                  sentence, trigger, certainty, confidence, attributed_to, role, current)
            VALUES ($rel, $type, $subject, $object, $negated, $article, $start, $end,
                    $sentence, $trigger, $certainty, $confidence, $attributedTo, $role, $current)
            ON CONFLICT (rel_id, article_id, span_start, span_end) DO UPDATE SET
                sentence = excluded.sentence, trigger = excluded.trigger, certainty = excluded.certainty,
                confidence = excluded.confidence, attributed_to = excluded.attributed_to, role = excluded.role,
                current = excluded.current
            WHERE excluded.confidence > evidence.confidence;
            """;

    public static Task<int> RunAsync(CommandCache commands, string relId, string articleId, Relation relation, CancellationToken ct) =>
        commands.ExecuteAsync(
            Sql,
            ct,
            ("$rel", relId),
            ("$type", relation.Type.SchemaName()),
            ("$subject", relation.SubjectId),
            ("$object", relation.ObjectId),
            ("$negated", relation.Certainty == Certainty.Negated ? 1 : 0),
            ("$article", articleId),
            ("$start", relation.Evidence.SourceSpan.Start),
            ("$end", relation.Evidence.SourceSpan.End),
            ("$sentence", relation.Evidence.Sentence),
            ("$trigger", relation.Evidence.Trigger),
            ("$certainty", CertaintyText(relation.Certainty)),
            ("$confidence", relation.Confidence),
            ("$attributedTo", relation.AttributedTo),
            ("$role", relation.Role),
            ("$current", relation.Current is { } current ? (current ? 1 : 0) : null));

    public static string CertaintyText(Certainty certainty) => certainty switch
    {
        Certainty.Asserted => "asserted",
        Certainty.Speculated => "speculated",
        _ => "negated",
    };
}
