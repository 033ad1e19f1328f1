using System.Collections.Frozen;
using System.Collections.Immutable;
using Tupu.Entities.Automaton;
using Tupu.Entities.Resolution;

namespace Tupu.Entities.Catalog;

/// <summary>
/// One immutable layer of names: a trie for scanning text, exact/compact dictionaries, and (for large layers) a Lucene
/// alias index for fuzzy candidates. The catalog stacks layers so learning an article never rebuilds everything.
/// </summary>
internal sealed class NameTier
{
    /// <summary>Below this many names a linear fuzzy scan is cheaper than building a Lucene index.</summary>
    private const int LuceneThreshold = 256;

    private readonly FrozenDictionary<string, ImmutableArray<string>> _byExact;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _byCompact;
    private readonly Lazy<AliasIndex>? _index;

    private NameTier(IReadOnlyList<(string Name, string EntityId)> names)
    {
        Names = names;
        _byExact = Group(names, NameKeys.Exact);
        _byCompact = Group(names, NameKeys.Compact);
        Trie = CharTrie.Build(_byExact);
        _index = names.Count >= LuceneThreshold ? new Lazy<AliasIndex>(() => AliasIndex.Build(names)) : null;
    }

    public static NameTier Empty { get; } = new([]);

    /// <summary>The (name, entity id) pairs of this layer.</summary>
    public IReadOnlyList<(string Name, string EntityId)> Names { get; }

    public int Count => Names.Count;

    public CharTrie Trie { get; }

    public static NameTier Build(IEnumerable<(string Name, string EntityId)> names) => new(names.ToList());

    /// <summary>Ids whose name has this exact key.</summary>
    public ImmutableArray<string> ByExact(string exactKey) =>
        _byExact.TryGetValue(exactKey, out var ids) ? ids : [];

    /// <summary>Ids whose name has this compact key.</summary>
    public ImmutableArray<string> ByCompact(string compactKey) =>
        _byCompact.TryGetValue(compactKey, out var ids) ? ids : [];

    /// <summary>Whether this layer already maps the name to the id (so learning it again adds nothing).</summary>
    public bool Knows(string exactKey, string entityId) => ByExact(exactKey).Contains(entityId);

    /// <summary>Candidates for a surface: Lucene for a large layer, dictionaries plus a linear fuzzy scan for a small one.</summary>
    public IEnumerable<NameCandidate> Candidates(string surface)
    {
        if (Count == 0)
        {
            return [];
        }

        if (_index is not null)
        {
            return _index.Value.Search(surface);
        }

        var exact = NameKeys.Exact(surface);
        var compact = NameKeys.Compact(surface);
        var found = ByExact(exact).Select(id => new NameCandidate(id, MatchKind.Exact))
            .Concat(ByCompact(compact).Select(id => new NameCandidate(id, MatchKind.Compact)));
        if (FuzzyRules.Eligible(compact))
        {
            found = found.Concat(_byCompact
                .Where(p => p.Key[0] == compact[0] && Math.Abs(p.Key.Length - compact.Length) <= 2 && FuzzyRules.Accept(compact, p.Key))
                .SelectMany(p => p.Value.Select(id => new NameCandidate(id, MatchKind.Fuzzy))));
        }

        return found.ToList();
    }

    private static FrozenDictionary<string, ImmutableArray<string>> Group(
        IEnumerable<(string Name, string EntityId)> names,
        Func<string, string> key) =>
        names.GroupBy(n => key(n.Name), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(n => n.EntityId).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
}
