using System.Globalization;
using System.Text;
using Tupu.Domain.Relations;

namespace Tupu.Storage.Sqlite;

/// <summary>
/// Inserts an article's evidence rows, up to <see cref="RowsPerStatement"/> in one multi-row statement (one statement
/// per row was most of the cost of storing relations). The same claim read twice from one sentence span is one row:
/// the more confident reading is kept whole (the first on a tie), as the Neo4j store does; SQLite applies the upsert
/// row by row, in order, also between rows of one statement.
/// </summary>
internal static class EvidenceInsert
{
    public const int RowsPerStatement = 16;

    private const string Columns = "rel_id, type, subject_id, object_id, negated, article_seq, span_start, span_end, "
        + "sentence, trigger, certainty, confidence, attributed_to, role, current";

    private static readonly string[] Parameters =
        ["rel", "type", "subject", "object", "negated", "article", "start", "end", "sentence", "trigger", "certainty", "confidence", "attributedTo", "role", "current"];

    private static readonly string[][] Names =
        [.. Enumerable.Range(0, RowsPerStatement).Select(row => Parameters.Select(p => Name(p, row)).ToArray())];

    private static readonly string[] Statements = [.. Enumerable.Range(0, RowsPerStatement + 1).Select(Sql)];

    public static void Run(StatementCache statements, long articleSeq, IReadOnlyList<(string RelId, Relation Relation)> rows)
    {
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            var values = new (string Name, object? Value)[count * Parameters.Length];
            for (var i = 0; i < count; i++)
            {
                Bind(values.AsSpan(i * Parameters.Length, Parameters.Length), i, articleSeq, rows[start + i].RelId, rows[start + i].Relation);
            }

            statements.Execute(Statements[count], values);
        }
    }

    public static string CertaintyText(Certainty certainty) => certainty switch
    {
        Certainty.Asserted => "asserted",
        Certainty.Speculated => "speculated",
        _ => "negated",
    };

    private static void Bind(Span<(string Name, object? Value)> target, int row, long articleSeq, string relId, Relation relation)
    {
        object?[] values =
        [
            relId,
            relation.Type.SchemaName(),
            relation.SubjectId,
            relation.ObjectId,
            relation.Certainty == Certainty.Negated ? 1 : 0,
            articleSeq,
            relation.Evidence.SourceSpan.Start,
            relation.Evidence.SourceSpan.End,
            relation.Evidence.Sentence,
            relation.Evidence.Trigger,
            CertaintyText(relation.Certainty),
            relation.Confidence,
            relation.AttributedTo,
            relation.Role,
            relation.Current is { } current ? (current ? 1 : 0) : null,
        ];
        for (var i = 0; i < Parameters.Length; i++)
        {
            target[i] = (Names[row][i], values[i]);
        }
    }

    private static string Name(string parameter, int row) => string.Create(CultureInfo.InvariantCulture, $"${parameter}{row}");

    private static string Sql(int rows)
    {
        var sql = new StringBuilder($"INSERT INTO evidence ({Columns})\nVALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",\n       (");
            sql.AppendJoin(", ", Parameters.Select(p => Name(p, row)));
            sql.Append(')');
        }

        return sql.Append("""

            ON CONFLICT (article_seq, rel_id, span_start, span_end) DO UPDATE SET
                sentence = excluded.sentence, trigger = excluded.trigger, certainty = excluded.certainty,
                confidence = excluded.confidence, attributed_to = excluded.attributed_to, role = excluded.role,
                current = excluded.current
            WHERE excluded.confidence > evidence.confidence;
            """).ToString();
    }
}
