namespace Tupu.Entities.Catalog;

/// <summary>
/// The ids a <see cref="CatalogSpill"/> answered for recent keys, none included (a filter's false alarm recurs in every
/// article that prints the same words): a name mentioned again, or looked up twice for one mention, is read once.
/// Bounded: two generations of at most <see cref="GenerationSize"/> keys; when the young one fills, the old is dropped.
/// The spill removes the keys it writes, so what stays is still the newest answer.
/// Looked up by span, so a scan asks without making a string.
/// </summary>
internal sealed class KeyCache
{
    public const int GenerationSize = 8192;

    private Dictionary<string, NamedIds> _young = new(StringComparer.Ordinal);
    private Dictionary<string, NamedIds> _old = new(StringComparer.Ordinal);

    public bool TryGet(ReadOnlySpan<char> key, out NamedIds ids)
    {
        if (_young.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out ids!))
        {
            return true;
        }

        if (_old.GetAlternateLookup<ReadOnlySpan<char>>().Remove(key, out var kept, out ids!))
        {
            Add(kept, ids);
            return true;
        }

        return false;
    }

    public void Add(string key, NamedIds ids)
    {
        if (_young.Count >= GenerationSize)
        {
            (_old, _young) = (_young, _old);
            _young.Clear();
        }

        _young[key] = ids;
    }

    public void Remove(string key)
    {
        _young.Remove(key);
        _old.Remove(key);
    }
}

/// <summary>The ids of the names whose exact key is a key, and of those whose compact key is.</summary>
internal sealed record NamedIds(string[] Exact, string[] Compact)
{
    public static NamedIds None { get; } = new([], []);
}
