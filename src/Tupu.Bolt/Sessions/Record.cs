namespace Tupu.Bolt.Sessions;

/// <summary>One row: values in the order of the query's columns.</summary>
internal sealed class Record(IReadOnlyList<string> keys, IReadOnlyList<object?> values) : IRecord
{
    public IReadOnlyList<string> Keys => keys;

    public IReadOnlyList<object?> Values => values;

    public object? this[int index] => values[index];

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (string.Equals(keys[i], key, StringComparison.Ordinal))
                {
                    return values[i];
                }
            }

            throw new KeyNotFoundException($"No column '{key}'; columns are {string.Join(", ", keys)}.");
        }
    }
}
