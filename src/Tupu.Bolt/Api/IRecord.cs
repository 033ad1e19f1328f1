namespace Tupu.Bolt;

/// <summary>
/// One row. Values are null, bool, long, double, string, byte[], IReadOnlyList&lt;object?&gt;,
/// IReadOnlyDictionary&lt;string, object?&gt;, or a graph/temporal/spatial type of this namespace.
/// </summary>
public interface IRecord
{
    IReadOnlyList<string> Keys { get; }

    IReadOnlyList<object?> Values { get; }

    object? this[string key] { get; }

    object? this[int index] { get; }
}
