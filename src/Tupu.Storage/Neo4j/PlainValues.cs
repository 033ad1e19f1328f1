using System.Collections;
using System.Globalization;
using Tupu.Bolt;

namespace Tupu.Storage.Neo4j;

/// <summary>
/// Conversions between Bolt values and the plain values the rest of Tupu uses (string, long, double, bool, lists,
/// string-keyed maps). Dates become ISO-8601 strings, as the schema stores them.
/// </summary>
internal static class PlainValues
{
    /// <summary>A value read from Neo4j as a plain value; graph values become maps (nodes keep their labels).</summary>
    public static object? FromBolt(object? value) => value switch
    {
        null or string or long or double or bool => value,
        int i => (long)i,
        float f => (double)f,
        byte[] bytes => Convert.ToBase64String(bytes),
        Node node => NodeMap(node),
        Relationship rel => new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["elementId"] = rel.ElementId,
            ["type"] = rel.Type,
            ["start"] = rel.StartNodeElementId,
            ["end"] = rel.EndNodeElementId,
            ["properties"] = Map(rel.Properties),
        },
        UnboundRelationship rel => new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["elementId"] = rel.ElementId,
            ["type"] = rel.Type,
            ["properties"] = Map(rel.Properties),
        },
        Bolt.Path path => new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["nodes"] = path.Nodes.Select(FromBolt).ToList(),
            ["relationships"] = path.Relationships.Select(FromBolt).ToList(),
        },
        IReadOnlyDictionary<string, object?> map => Map(map),
        string[] strings => strings,
        IEnumerable list => list.Cast<object?>().Select(FromBolt).ToList(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A property map read from Neo4j, keys sorted; lists of strings become string arrays.</summary>
    public static IReadOnlyDictionary<string, object?> Properties(object? value)
    {
        var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        if (value is IReadOnlyDictionary<string, object?> map)
        {
            foreach (var (key, item) in map)
            {
                result[key] = FromBolt(item) is List<object?> list && list.All(x => x is string)
                    ? list.Cast<string>().ToArray()
                    : FromBolt(item);
            }
        }

        return result;
    }

    /// <summary>
    /// A property value from another store as a parameter: nulls dropped by the caller, integers widened to long,
    /// dates as ISO strings, lists as lists. Throws for values Neo4j cannot store as a property.
    /// </summary>
    public static object ToParameter(object value) => value switch
    {
        string or long or double or bool => value,
        int or short or byte or sbyte or uint or ushort => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        float f => (double)f,
        decimal m => (double)m,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IEnumerable list and not IDictionary => list.Cast<object?>().Where(x => x is not null).Select(x => ToParameter(x!)).ToList(),
        _ => throw new ArgumentException($"A property value of type {value.GetType().Name} cannot be stored in Neo4j.", nameof(value)),
    };

    private static SortedDictionary<string, object?> Map(IReadOnlyDictionary<string, object?> map)
    {
        var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in map)
        {
            result[key] = FromBolt(item);
        }

        return result;
    }

    private static SortedDictionary<string, object?> NodeMap(Node node) => new(StringComparer.Ordinal)
    {
        ["elementId"] = node.ElementId,
        ["labels"] = node.Labels.ToList(),
        ["properties"] = Map(node.Properties),
    };
}
