using Microsoft.Data.Sqlite;

namespace Tupu.Storage.Sqlite;

/// <summary>One row of the relationship stream: the key, and one evidence row when the relationship has evidence.</summary>
internal sealed record RelationshipRow(
    string Type,
    string RelId,
    string StartId,
    string StartLabel,
    string EndId,
    string EndLabel,
    bool Negated,
    EvidenceRow? Evidence)
{
    public static RelationshipRow Read(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.GetInt64(6) != 0,
        r.IsDBNull(7)
            ? null
            : new EvidenceRow(
                ArticleId: r.GetString(7),
                Start: r.GetInt32(8),
                End: r.GetInt32(9),
                Sentence: r.GetString(10),
                Trigger: r.GetString(11),
                Certainty: r.GetString(12),
                Confidence: r.GetDouble(13),
                AttributedTo: r.NullableString(14),
                Role: r.NullableString(15),
                Current: r.IsDBNull(16) ? null : r.GetInt64(16) != 0,
                Published: r.NullableString(17)));
}
