namespace Tupu.Entities.Catalog;

/// <summary>
/// What a <see cref="CatalogSpill"/> read lately, by key: the ids of a name key (none included: a filter's false alarm
/// recurs in every article that prints the same words), or an entity by id. A name mentioned again, or looked up twice
/// for one mention, is read once. Bounded: two generations of at most <c>generationSize</c> keys; when the young one
/// fills, the old is dropped, and what is found in the old moves to the young. The spill removes what it writes, so
/// what stays is still the newest answer. Looked up by span, so a scan asks without making a string.
/// </summary>
internal sealed class RecentCache<TValue>(int generationSize)
{
    private Dictionary<string, TValue> _young = new(StringComparer.Ordinal);
    private Dictionary<string, TValue> _old = new(StringComparer.Ordinal);

    public bool TryGet(ReadOnlySpan<char> key, out TValue value)
    {
        if (_young.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!))
        {
            return true;
        }

        if (_old.GetAlternateLookup<ReadOnlySpan<char>>().Remove(key, out var kept, out value!))
        {
            Add(kept, value);
            return true;
        }

        return false;
    }

    public bool Contains(string key) => _young.ContainsKey(key) || _old.ContainsKey(key);

    public void Add(string key, TValue value)
    {
        if (_young.Count >= generationSize && !_young.ContainsKey(key))
        {
            (_old, _young) = (_young, _old);
            _young.Clear();
        }

        _young[key] = value;
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
