using System.Collections;
using System.Globalization;

namespace Tupu.Storage.Export;

/// <summary>
/// Reads property values of any store (GraphNode allows string, long, double, bool and lists of those; the Neo4j
/// store may hand back int, float or DateOnly too) into the few shapes the writers handle.
/// </summary>
internal static class PropertyValues
{
    public static ValueKind KindOf(object value) => value switch
    {
        string or DateOnly or DateTime or DateTimeOffset => ValueKind.String,
        bool => ValueKind.Boolean,
        sbyte or byte or short or ushort or int or uint or long => ValueKind.Long,
        float or double or decimal => ValueKind.Double,
        IEnumerable list => ListKind(list),
        _ => ValueKind.String,
    };

    /// <summary>The kind that can hold values of both kinds (a key whose values disagree falls back to string).</summary>
    public static ValueKind Widen(ValueKind a, ValueKind b) => (a, b) switch
    {
        _ when a == b => a,
        (ValueKind.Long, ValueKind.Double) or (ValueKind.Double, ValueKind.Long) => ValueKind.Double,
        (ValueKind.LongList, ValueKind.DoubleList) or (ValueKind.DoubleList, ValueKind.LongList) => ValueKind.DoubleList,
        _ when IsList(a) && IsList(b) => ValueKind.StringList,
        _ => ValueKind.String,
    };

    public static bool IsList(ValueKind kind) => kind >= ValueKind.StringList;

    /// <summary>Elements of a list value (a scalar is a one-element list).</summary>
    public static IEnumerable<object> Items(object value) =>
        value is IEnumerable list and not string ? list.Cast<object?>().OfType<object>() : [value];

    /// <summary>Invariant text of a scalar: ISO dates, round-trip doubles, lower-case booleans.</summary>
    public static string Text(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join("; ", list.Cast<object?>().OfType<object>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    /// <summary>Properties in ordinal key order without null values: every writer emits the same order.</summary>
    public static IEnumerable<KeyValuePair<string, object>> Ordered(IReadOnlyDictionary<string, object?> properties) =>
        properties
            .Where(p => p.Value is not null)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new KeyValuePair<string, object>(p.Key, p.Value!));

    private static ValueKind ListKind(IEnumerable list)
    {
        ValueKind? kind = null;
        foreach (var item in list)
        {
            if (item is null)
            {
                continue;
            }

            var itemKind = KindOf(item) switch
            {
                ValueKind.Long => ValueKind.LongList,
                ValueKind.Double => ValueKind.DoubleList,
                ValueKind.Boolean => ValueKind.BooleanList,
                _ => ValueKind.StringList,
            };
            kind = kind is null ? itemKind : Widen(kind.Value, itemKind);
        }

        return kind ?? ValueKind.StringList;
    }
}
