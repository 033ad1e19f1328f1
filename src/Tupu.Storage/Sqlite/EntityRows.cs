using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tupu.Domain.Entities;

namespace Tupu.Storage.Sqlite;

/// <summary>Maps the entity table to <see cref="Entity"/> and back.</summary>
internal static class EntityRows
{
    public const string Columns = "id, type, name, name_en, name_zh, aliases, confidence, source, family_id";

    public static Entity Read(SqliteDataReader reader) => new(
        Id: reader.GetString(0),
        Type: Enum.Parse<EntityType>(reader.GetString(1)),
        Name: reader.GetString(2),
        NameEn: reader.NullableString(3),
        NameZh: reader.NullableString(4),
        Aliases: DecodeAliases(reader.GetString(5)),
        Confidence: reader.GetDouble(6),
        Source: SourceFromText(reader.GetString(7)),
        FamilyId: reader.NullableString(8));

    public static Entity Read(PreparedStatement.Rows row) => new(
        Id: row.Text(0),
        Type: Enum.Parse<EntityType>(row.Text(1)),
        Name: row.Text(2),
        NameEn: row.NullableText(3),
        NameZh: row.NullableText(4),
        Aliases: DecodeAliases(row.Text(5)),
        Confidence: row.Real(6),
        Source: SourceFromText(row.Text(7)),
        FamilyId: row.NullableText(8));

    public static string EncodeAliases(ImmutableArray<string> aliases) =>
        JsonSerializer.Serialize(aliases.IsDefault ? [] : aliases.ToArray(), StoreJson.Default.StringArray);

    public static ImmutableArray<string> DecodeAliases(string json) =>
        [.. JsonSerializer.Deserialize(json, StoreJson.Default.StringArray) ?? []];

    public static string SourceText(EntitySource source) => source == EntitySource.Lexicon ? "lexicon" : "discovered";

    public static EntitySource SourceFromText(string text) =>
        string.Equals(text, "lexicon", StringComparison.Ordinal) ? EntitySource.Lexicon : EntitySource.Discovered;
}
