using System.Collections.Immutable;
using Tupu.Entities.Automaton;
using Tupu.Entities.Resolution;

namespace Tupu.Entities.Catalog;

/// <summary>
/// One immutable layer of names: a trie for scanning text, exact/compact dictionaries, and for the base layer (lexicon and
/// stored entities) a Lucene alias index that adds fuzzy candidates. Learned layers match exactly or compactly only:
/// a learned name is a surface the text really printed, and fuzzy matching among discoveries merges different names.
/// The catalog stacks layers so learning an article never rebuilds everything.
/// </summary>
internal sealed class NameTier
{
    private readonly Dictionary<string, ImmutableArray<string>> _byExact;
    private readonly Dictionary<string, ImmutableArray<string>> _byCompact;
    private readonly Lazy<AliasIndex>? _index;
    private readonly HashSet<(string Prefix, int Length)> _fuzzyShapes = [];

    private NameTier(
        IReadOnlyList<NameEntry> names,
        Dictionary<string, ImmutableArray<string>> byExact,
        Dictionary<string, ImmutableArray<string>> byCompact,
        CharTrie trie)
    {
        Names = names;
        _byExact = byExact;
        _byCompact = byCompact;
        Trie = trie;
    }

    private NameTier(IReadOnlyList<NameEntry> names, bool fuzzy)
    {
        Names = names;
        _byExact = Group(names, n => n.Exact);
        _byCompact = Group(names, n => n.Compact);
        Trie = CharTrie.Build(_byExact, rootArray: fuzzy);
        _index = fuzzy ? new Lazy<AliasIndex>(() => AliasIndex.Build(names.Select(n => (n.Name, n.EntityId)))) : null;
        if (fuzzy)
        {
            foreach (var key in _byCompact.Keys.Where(FuzzyRules.Eligible))
            {
                _fuzzyShapes.Add((key[..FuzzyRules.PrefixLength], key.Length));
            }
        }
    }

    public static NameTier Empty { get; } = new([], fuzzy: false);

    /// <summary>The names of this layer, with their keys computed once (learning re-layers them often).</summary>
    public IReadOnlyList<NameEntry> Names { get; }

    public int Count => Names.Count;

    public CharTrie Trie { get; }

    /// <summary>A layer; <paramref name="fuzzy"/> gives it a Lucene index for exact, compact and fuzzy candidates.</summary>
    public static NameTier Build(IEnumerable<NameEntry> names, bool fuzzy) => new(names.ToList(), fuzzy);

    /// <summary>
    /// A new learned layer with this layer's names and <paramref name="added"/>: dictionaries and trie are copied in
    /// bulk and only the new names are inserted. This layer is unchanged.
    /// </summary>
    public NameTier Extend(IReadOnlyList<NameEntry> added)
    {
        var byExact = new Dictionary<string, ImmutableArray<string>>(_byExact, StringComparer.Ordinal);
        var byCompact = new Dictionary<string, ImmutableArray<string>>(_byCompact, StringComparer.Ordinal);
        var newExact = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var name in added)
        {
            Add(byExact, name.Exact, name.EntityId);
            Add(byCompact, name.Compact, name.EntityId);
            Add(newExact, name.Exact, name.EntityId);
        }

        return new NameTier([.. Names, .. added], byExact, byCompact, Trie.Extend(newExact));
    }

    private static void Add(Dictionary<string, ImmutableArray<string>> map, string key, string id)
    {
        if (key.Length == 0)
        {
            return;
        }

        var ids = map.TryGetValue(key, out var known) ? known : [];
        if (!ids.Contains(id))
        {
            map[key] = ids.Add(id);
        }
    }

    /// <summary>Ids whose name has this exact key.</summary>
    public ImmutableArray<string> ByExact(string exactKey) =>
        _byExact.TryGetValue(exactKey, out var ids) ? ids : [];

    /// <summary>Ids whose name has this compact key.</summary>
    public ImmutableArray<string> ByCompact(string compactKey) =>
        _byCompact.TryGetValue(compactKey, out var ids) ? ids : [];

    /// <summary>Whether this layer already maps the name to the id (so learning it again adds nothing).</summary>
    public bool Knows(string exactKey, string entityId) => ByExact(exactKey).Contains(entityId);

    /// <summary>
    /// Candidates for a surface: exact and compact names from the dictionaries; when there are none and
    /// <paramref name="fuzzy"/> allows, the base layer's Lucene index (exact OR compact OR fuzzy query).
    /// </summary>
    public IReadOnlyList<NameCandidate> Candidates(string surface, bool fuzzy)
    {
        if (Count == 0)
        {
            return [];
        }

        var exact = ByExact(NameKeys.Exact(surface));
        var compactKey = NameKeys.Compact(surface);
        var compact = ByCompact(compactKey);
        if (exact.IsEmpty && compact.IsEmpty)
        {
            // A fuzzy query builds a Levenshtein automaton: worth it only where nothing matched exactly.
            return fuzzy && _index is not null && MayHaveFuzzyMatch(compactKey) ? _index.Value.Search(surface) : [];
        }

        return exact.Select(id => new NameCandidate(id, MatchKind.Exact))
            .Concat(compact.Select(id => new NameCandidate(id, MatchKind.Compact)))
            .ToList();
    }

    /// <summary>
    /// A fuzzy match keeps the prefix and changes the length by at most the edit distance; when no indexed name has
    /// that shape, the Lucene query cannot find anything and is skipped.
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
}
