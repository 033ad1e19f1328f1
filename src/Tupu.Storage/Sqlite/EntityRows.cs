using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tupu.Domain.Entities;

namespace Tupu.Storage.Sqlite;

/// <summary>Maps the entity table to <see cref="Entity"/> and back.</summary>
internal static class EntityRows
{
    public const string Columns = "id, type, name, name_en, name_zh, aliases, confidence, source, family_id";

    public static Entity Read(SqliteDataReader reader) => Read(reader.GetString, reader.NullableString, reader.GetDouble);

    public static Entity Read(PreparedStatement.Rows row) => Read(row.Text, row.NullableText, row.Real);

    /// <summary>
    /// Whether any name of a row read in <see cref="Columns"/> order — id, name, English or Chinese name, or an alias —
    /// satisfies <paramref name="matches"/>, without building the entity.
    /// </summary>
    public static bool AnyName(SqliteDataReader reader, Func<string, bool> matches) =>
        matches(reader.GetString(0)) || matches(reader.GetString(2))
        || (reader.NullableString(3) is { } en && matches(en)) || (reader.NullableString(4) is { } zh && matches(zh))
        || DecodeAliases(reader.GetString(5)).Any(matches);

    /// <summary>The entity of a row read in <see cref="Columns"/> order, whichever API reads the columns.</summary>
    private static Entity Read(Func<int, string> text, Func<int, string?> nullableText, Func<int, double> real) => new(
        Id: text(0),
        Type: Enum.Parse<EntityType>(text(1)),
        Name: text(2),
        NameEn: nullableText(3),
        NameZh: nullableText(4),
        Aliases: DecodeAliases(text(5)),
        Confidence: real(6),
        Source: SourceFromText(text(7)),
        FamilyId: nullableText(8));

    public static string EncodeAliases(ImmutableArray<string> aliases) =>
        JsonSerializer.Serialize(aliases.IsDefault ? [] : aliases.ToArray(), StoreJson.Default.StringArray);

    public static ImmutableArray<string> DecodeAliases(string json) =>
        [.. JsonSerializer.Deserialize(json, StoreJson.Default.StringArray) ?? []];

    public static string SourceText(EntitySource source) => source == EntitySource.Lexicon ? "lexicon" : "discovered";

    public static EntitySource SourceFromText(string text) =>
        string.Equals(text, "lexicon", StringComparison.Ordinal) ? EntitySource.Lexicon : EntitySource.Discovered;
}
