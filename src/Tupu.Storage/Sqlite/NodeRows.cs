using Microsoft.Data.Sqlite;
using Tupu.Domain.Entities;
using Tupu.Domain.Graph;

namespace Tupu.Storage.Sqlite;

/// <summary>Node shapes: entity and Article properties, null values left out (as Neo4j stores them).</summary>
internal static class NodeRows
{
    public const string ArticleColumns = "id, source_key, content_hash, title, url, outlet, published, language, encoding";

    public static GraphNode Entity(Entity entity)
    {
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["name"] = entity.Name,
            ["aliases"] = entity.Aliases.ToArray(),
            ["confidence"] = entity.Confidence,
            ["source"] = EntityRows.SourceText(entity.Source),
        };
        Put(properties, "nameEn", entity.NameEn);
        Put(properties, "nameZh", entity.NameZh);
        Put(properties, "family", entity.FamilyId);
        return new GraphNode(entity.Id, [Labels.Of(entity.Type)], properties);
    }

    public static GraphNode Article(SqliteDataReader r)
    {
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = r.GetString(0),
            ["sourceKey"] = r.GetString(1),
            ["contentHash"] = r.GetString(2),
            ["encoding"] = r.GetString(8),
        };
        Put(properties, "title", r.NullableString(3));
        Put(properties, "url", r.NullableString(4));
        Put(properties, "outlet", r.NullableString(5));
        Put(properties, "published", r.NullableString(6));
        Put(properties, "language", r.NullableString(7));
        return new GraphNode(r.GetString(0), [Labels.Article], properties);
    }

    private static void Put(SortedDictionary<string, object?> properties, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            properties[key] = value;
        }
    }
}
