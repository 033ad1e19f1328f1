using System.Collections.Concurrent;
using System.Collections.Immutable;
using Tupu.Entities.Automaton;
using Tupu.Entities.Resolution;

namespace Tupu.Entities.Catalog;

/// <summary>
/// One immutable layer of names: a trie for scanning text, exact/compact dictionaries, and for the base layer (lexicon and
/// stored entities) an alias index that adds fuzzy candidates. Learned layers match exactly or compactly only:
/// a learned name is a surface the text really printed, and fuzzy matching among discoveries merges different names.
/// The catalog stacks layers so learning an article never rebuilds everything.
/// </summary>
internal sealed class NameTier
{
    private readonly Dictionary<string, ImmutableArray<string>> _byExact;
    private readonly Dictionary<string, ImmutableArray<string>> _byCompact;
    private readonly Lazy<AliasIndex>? _index;
    private readonly HashSet<(string Prefix, int Length)> _fuzzyShapes = [];

    // The small learned layer grows in place: its snapshots share one store (see Grow) and see the names up to their Count.
    private readonly Growth? _growth;

    private NameTier(
        IReadOnlyList<NameEntry> names,
        int count,
        Dictionary<string, ImmutableArray<string>> byExact,
        Dictionary<string, ImmutableArray<string>> byCompact,
        CharTrie trie)
    {
        Names = names;
        Count = count;
        _byExact = byExact;
        _byCompact = byCompact;
        Trie = trie;
    }

    private NameTier(IReadOnlyList<NameEntry> names, bool fuzzy, bool keepNames, bool rootArray)
    {
        Names = keepNames ? names : [];
        Count = names.Count;
        _byExact = Group(names, n => n.Exact);
        _byCompact = Group(names, n => n.Compact);
        Trie = CharTrie.Build(_byExact, rootArray);
        _index = fuzzy ? new Lazy<AliasIndex>(() => AliasIndex.Build(_byExact, _byCompact)) : null;
        if (fuzzy)
        {
            foreach (var key in _byCompact.Keys.Where(FuzzyRules.Eligible))
            {
                _fuzzyShapes.Add((key[..FuzzyRules.PrefixLength], key.Length));
            }
        }
    }

    /// <summary>Whether this layer's fuzzy index (built at the first fuzzy lookup) exists yet.</summary>
    internal bool FuzzyIndexBuilt => _index?.IsValueCreated == true;

    /// <summary>Builds this layer's fuzzy index now, when it has one and the first fuzzy lookup has not built it yet.</summary>
    internal void BuildFuzzyIndex() => _ = _index?.Value;

    private NameTier(Growth growth, int count, CharTrie trie)
    {
        _growth = growth;
        Names = new ArraySegment<NameEntry>(growth.Names, 0, count);
        Count = count;
        _byExact = [];
        _byCompact = [];
        Trie = trie;
    }

    public static NameTier Empty { get; } = new([], fuzzy: false, keepNames: true, rootArray: false);

    /// <summary>
    /// The names of this layer, with their keys computed once (learning re-layers them often). A layer extended with
    /// <c>keepNames: false</c> (the large learned one, never re-layered) keeps only its dictionaries and trie.
    /// </summary>
    public IReadOnlyList<NameEntry> Names { get; }

    /// <summary>Number of names added to this layer.</summary>
    public int Count { get; }

    public CharTrie Trie { get; }

    /// <summary>
    /// A layer; <paramref name="fuzzy"/> gives it an alias index for exact, compact and fuzzy candidates. Without
    /// <paramref name="keepNames"/> it does not list its names (see <see cref="Names"/>). <paramref name="rootArray"/> gives
    /// its trie a first-character array (for layers scanned often and rebuilt seldom: the base and large learned ones).
    /// </summary>
    public static NameTier Build(IEnumerable<NameEntry> names, bool fuzzy, bool keepNames = true, bool rootArray = false) =>
        new(names.ToList(), fuzzy, keepNames, rootArray || fuzzy);

    /// <summary>
    /// A new learned layer with this layer's names and <paramref name="added"/>: dictionaries and trie are copied in
    /// bulk and only the new names are inserted. This layer is unchanged. Without <paramref name="keepNames"/> the new
    /// layer does not list its names (it counts them), which spares the memory of a layer that is only looked up.
    /// </summary>
    public NameTier Extend(IReadOnlyList<NameEntry> added, bool keepNames = true)
    {
        var byExact = Copy(_byExact, added.Count);
        var byCompact = Copy(_byCompact, added.Count);
        var newExact = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        // One id array per entity, shared by its keys in every dictionary and the trie.
        var single = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var name in added)
        {
            if (!single.TryGetValue(name.EntityId, out var ids))
            {
                single[name.EntityId] = ids = [name.EntityId];
            }

            Add(byExact, name.Exact, name.EntityId, ids);
            Add(byCompact, name.Compact, name.EntityId, ids);
            Add(newExact, name.Exact, name.EntityId, ids);
        }

        IReadOnlyList<NameEntry> names = keepNames ? [.. Names, .. added] : [];
        return new NameTier(names, Count + added.Count, byExact, byCompact, Trie.Extend(newExact));
    }

    /// <summary>
    /// The same layer as <see cref="Extend(IReadOnlyList{NameEntry}, bool)"/> gives, for the small learned layer that
    /// grows by every article: the names are added to a store this layer's snapshots share (older snapshots skip what
    /// was added after them), so an article costs its own names, not a copy of the layer. A layer that is not the newest
    /// of its store (the catalog was extended twice from one snapshot), or has no store, starts a new store.
    /// </summary>
    public NameTier Grow(IReadOnlyList<NameEntry> added)
    {
        if (added.Count == 0)
        {
            return this;
        }

        if (_growth is { } growth)
        {
            lock (growth)
            {
                if (growth.Head == Count)
                {
                    return Append(growth, Trie, Count, added);
                }
            }
        }

        var fresh = new Growth();
        lock (fresh)
        {
            return Append(fresh, CharTrie.Growing(), 0, [.. Names, .. added]);
        }
    }

    private static NameTier Append(Growth growth, CharTrie trie, int count, IReadOnlyList<NameEntry> added)
    {
        var newCount = count + added.Count;
        var newExact = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var single = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (growth.Names.Length < newCount)
        {
            var names = new NameEntry[Math.Max(newCount, growth.Names.Length * 2)];
            growth.Names.AsSpan(0, count).CopyTo(names);
            growth.Names = names;
        }

        for (var i = 0; i < added.Count; i++)
        {
            var name = added[i];
            if (!single.TryGetValue(name.EntityId, out var ids))
            {
                single[name.EntityId] = ids = [name.EntityId];
            }

            Growth.Add(growth.ByExact, name.Exact, name.EntityId, ids, newCount);
            Growth.Add(growth.ByCompact, name.Compact, name.EntityId, ids, newCount);
            Add(newExact, name.Exact, name.EntityId, ids);
            growth.Names[count + i] = name;
        }

        growth.Head = newCount;
        return new NameTier(growth, newCount, trie.AppendShared(newExact));
    }

    private static Dictionary<string, ImmutableArray<string>> Copy(Dictionary<string, ImmutableArray<string>> map, int added)
    {
        var copy = new Dictionary<string, ImmutableArray<string>>(map, StringComparer.Ordinal);
        copy.EnsureCapacity(map.Count + added);
        return copy;
    }

    private static void Add(Dictionary<string, ImmutableArray<string>> map, string key, string id, ImmutableArray<string> single)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var known))
        {
            map[key] = single;
        }
        else if (!known.Contains(id))
        {
            map[key] = known.Add(id);
        }
    }

    /// <summary>Ids whose name has this exact key.</summary>
    public ImmutableArray<string> ByExact(string exactKey) =>
        _growth is not null ? Growth.Find(_growth.ByExact, exactKey, Count) : _byExact.TryGetValue(exactKey, out var ids) ? ids : [];

    /// <summary>Ids whose name has this compact key.</summary>
    public ImmutableArray<string> ByCompact(string compactKey) =>
        _growth is not null ? Growth.Find(_growth.ByCompact, compactKey, Count) : _byCompact.TryGetValue(compactKey, out var ids) ? ids : [];

    /// <summary>Whether this layer already maps the name to the id (so learning it again adds nothing).</summary>
    public bool Knows(string exactKey, string entityId) => ByExact(exactKey).Contains(entityId);

    /// <summary>Candidates for a surface (see <see cref="Candidates(string, string, bool, List{NameCandidate})"/>).</summary>
    public IReadOnlyList<NameCandidate> Candidates(string surface, bool fuzzy)
    {
        var exact = NameKeys.Exact(surface);
        var found = new List<NameCandidate>();
        Candidates(exact, NameKeys.CompactOfExact(exact), fuzzy, found);
        return found;
    }

    /// <summary>
    /// Adds the candidates for a surface with these keys: exact and compact names from the dictionaries; when there
    /// are none and <paramref name="fuzzy"/> allows, the base layer's alias index (exact, compact or fuzzy).
    /// </summary>
    public void Candidates(string exactKey, string compactKey, bool fuzzy, List<NameCandidate> found)
    {
        if (Count == 0)
        {
            return;
        }

        var exact = ByExact(exactKey);
        var compact = ByCompact(compactKey);
        if (exact.IsEmpty && compact.IsEmpty)
        {
            // Fuzzy neighbours are searched only where nothing matched exactly.
            if (fuzzy && _index is not null && MayHaveFuzzyMatch(compactKey))
            {
                found.AddRange(_index.Value.Search(exactKey, compactKey));
            }

            return;
        }

        foreach (var id in exact)
        {
            found.Add(new NameCandidate(id, MatchKind.Exact));
        }

        foreach (var id in compact)
        {
            found.Add(new NameCandidate(id, MatchKind.Compact));
        }
    }

    /// <summary>
    /// A fuzzy match keeps the prefix and changes the length by at most the edit distance; when no indexed name has
    /// that shape, the index cannot find anything and is skipped.
    /// </summary>
    private bool MayHaveFuzzyMatch(string compactKey)
    {
        if (!FuzzyRules.Eligible(compactKey))
        {
            return false;
        }

        var prefix = compactKey[..FuzzyRules.PrefixLength];
        var edits = FuzzyRules.MaxEdits(compactKey);
        for (var length = compactKey.Length - edits; length <= compactKey.Length + edits; length++)
        {
            if (_fuzzyShapes.Contains((prefix, length)))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, ImmutableArray<string>> Group(
        IEnumerable<NameEntry> names,
        Func<NameEntry, string> key) =>
        names.GroupBy(key, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .ToDictionary(
                g => g.Key,
                g => g.Select(n => n.EntityId).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);

    /// <summary>
    /// What the snapshots of a growing layer share: names in the order added, and ids by key with their history (each
    /// entry remembers the layer count it was written at and the entry it replaced), so a snapshot reads the ids as
    /// they were at its own count. Written under its lock by the newest snapshot only; read by any thread.
    /// </summary>
    private sealed class Growth
    {
        public readonly ConcurrentDictionary<string, Versioned> ByExact = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, Versioned> ByCompact = new(StringComparer.Ordinal);
        public NameEntry[] Names = new NameEntry[64];
        public int Head;

        public static ImmutableArray<string> Find(ConcurrentDictionary<string, Versioned> map, string key, int count)
        {
            if (!map.TryGetValue(key, out var entry))
            {
                return [];
            }

            while (entry is not null && entry.Count > count)
            {
                entry = entry.Previous;
            }

            return entry?.Ids ?? [];
        }

        /// <summary>As <see cref="NameTier.Add"/> does for a dictionary, at layer count <paramref name="count"/>.</summary>
        public static void Add(ConcurrentDictionary<string, Versioned> map, string key, string id, ImmutableArray<string> single, int count)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!map.TryGetValue(key, out var known))
            {
                map[key] = new Versioned(count, single, null);
            }
            else if (!known.Ids.Contains(id))
            {
                map[key] = new Versioned(count, known.Ids.Add(id), known.Count == count ? known.Previous : known);
            }
        }
    }

    private sealed record Versioned(int Count, ImmutableArray<string> Ids, Versioned? Previous);
}
