using Tupu.Entities.Automaton;

namespace Tupu.Entities.Resolution;

/// <summary>
/// Every name and alias of a layer by exact key (script-normalised, case-folded) and compact key (no spaces/hyphens),
/// with the compact keys sorted so fuzzy candidates come from a walk of the keys that share the first letters, keeping
/// those within the edit distance. Read-only once built; safe for concurrent lookups.
/// </summary>
/// <remarks>
/// This was an in-memory Lucene index (one document per name) read the same way: exact term, compact term, then the
/// compact terms after the prefix. Sorted arrays over the layer's own dictionaries give the same candidates without
/// building an index of the lexicon on the first lookup (about a second) or keeping it in memory.
/// </remarks>
internal sealed class AliasIndex
{
    private readonly IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> _byExact;
    private readonly IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> _byCompact;
    private readonly string[] _compactKeys;

    private AliasIndex(
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> byExact,
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> byCompact)
    {
        _byExact = byExact;
        _byCompact = byCompact;
        _compactKeys = [.. byCompact.Keys];
        Array.Sort(_compactKeys, StringComparer.Ordinal);
    }

    /// <summary>An index over a layer's ids by exact and by compact key (neither is copied: they must not change).</summary>
    public static AliasIndex Build(
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> byExact,
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> byCompact) =>
        new(byExact, byCompact);

    /// <summary>Candidates for a surface, best match kind per entity, exact before compact before fuzzy.</summary>
    public IReadOnlyList<NameCandidate> Search(string surface)
    {
        var exact = NameKeys.Exact(surface);
        return Search(exact, NameKeys.CompactOfExact(exact));
    }

    /// <summary>Candidates for a surface given its exact and compact keys.</summary>
    public IReadOnlyList<NameCandidate> Search(string exact, string compact)
    {
        if (compact.Length == 0)
        {
            return [];
        }

        var best = new List<NameCandidate>();
        if (_byExact.TryGetValue(exact, out var exactIds))
        {
            foreach (var id in exactIds)
            {
                Offer(best, id, MatchKind.Exact);
            }
        }

        // A name whose compact key matches and whose exact key matches too was offered as exact above.
        if (_byCompact.TryGetValue(compact, out var compactIds))
        {
            foreach (var id in compactIds)
            {
                Offer(best, id, MatchKind.Compact);
            }
        }

        if (FuzzyRules.Eligible(compact))
        {
            foreach (var term in FuzzyNeighbours(compact))
            {
                foreach (var id in _byCompact[term])
                {
                    Offer(best, id, MatchKind.Fuzzy);
                }
            }
        }

        best.Sort(NameCandidate.ByKindThenId);
        return best;
    }

    private static void Offer(List<NameCandidate> best, string id, MatchKind kind)
    {
        for (var i = 0; i < best.Count; i++)
        {
            if (string.Equals(best[i].EntityId, id, StringComparison.Ordinal))
            {
                if (kind < best[i].Kind)
                {
                    best[i] = new NameCandidate(id, kind);
                }

                return;
            }
        }

        best.Add(new NameCandidate(id, kind));
    }

    /// <summary>Compact keys other than <paramref name="compact"/> that share its prefix and are within the edit distance.</summary>
    private List<string> FuzzyNeighbours(string compact)
    {
        var found = new List<string>();
        var prefix = compact[..FuzzyRules.PrefixLength];
        if (char.IsHighSurrogate(prefix[^1]))
        {
            // The prefix cuts a surrogate pair: Lucene's UTF-8 prefix held U+FFFD in its place, so that is what matched.
            prefix = prefix[..^1] + "\uFFFD";
        }

        var edits = FuzzyRules.MaxEdits(compact);
        var at = LowerBound(prefix);
        for (; at < _compactKeys.Length && _compactKeys[at].StartsWith(prefix, StringComparison.Ordinal); at++)
        {
            var candidate = _compactKeys[at];
            if (Math.Abs(candidate.Length - compact.Length) <= edits && candidate != compact && FuzzyRules.Accept(compact, candidate))
            {
                found.Add(candidate);
            }
        }

        return found;
    }

    /// <summary>The first sorted key not below <paramref name="key"/> (ordinal).</summary>
    private int LowerBound(string key)
    {
        int low = 0, high = _compactKeys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(_compactKeys[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
