using System.Collections.Immutable;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Resolution;

/// <summary>
/// The base layer's names for fuzzy lookup: entity ids by exact key (script-normalised, case-folded) and by compact key
/// (no spaces/hyphens), and the compact keys grouped by their first letters. A lookup reads the exact and compact keys'
/// ids, and for fuzzy candidates walks the compact keys that share the first letters, keeping those within the edit
/// distance. Read-only once built; safe for concurrent lookups.
/// </summary>
/// <remarks>
/// This was a Lucene index (one document per entity, keys as terms) whose fuzzy lookup walked the term dictionary from
/// the prefix; building it cost more than a third of a second per catalog. The dictionaries here give the same
/// answers: keys are stored as Lucene stored terms (an unpaired surrogate becomes U+FFFD, as UTF-8 encoding made it), and
/// the keys sharing a three-character prefix are the terms a prefix walk visited.
/// </remarks>
internal sealed class AliasIndex
{
    private readonly Dictionary<string, List<string>> _exact;
    private readonly Dictionary<string, List<string>> _compact;
    private readonly Dictionary<string, List<string>> _compactByPrefix;

    private AliasIndex(
        Dictionary<string, List<string>> exact,
        Dictionary<string, List<string>> compact,
        Dictionary<string, List<string>> compactByPrefix)
    {
        _exact = exact;
        _compact = compact;
        _compactByPrefix = compactByPrefix;
    }

    /// <summary>An index of a layer's ids by exact and by compact key.</summary>
    public static AliasIndex Build(
        IReadOnlyDictionary<string, ImmutableArray<string>> byExact,
        IReadOnlyDictionary<string, ImmutableArray<string>> byCompact)
    {
        ArgumentNullException.ThrowIfNull(byExact);
        ArgumentNullException.ThrowIfNull(byCompact);
        var compact = Terms(byCompact);
        var byPrefix = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in compact.Keys)
        {
            if (term.Length >= FuzzyRules.PrefixLength)
            {
                var prefix = term[..FuzzyRules.PrefixLength];
                if (!byPrefix.TryGetValue(prefix, out var terms))
                {
                    byPrefix[prefix] = terms = [];
                }

                terms.Add(term);
            }
        }

        return new AliasIndex(Terms(byExact), compact, byPrefix);
    }

    /// <summary>Ids by stored term; keys that store as one term share their ids (each id once).</summary>
    private static Dictionary<string, List<string>> Terms(IReadOnlyDictionary<string, ImmutableArray<string>> keys)
    {
        var terms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, ids) in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var term = AsStoredTerm(key);
            if (!terms.TryGetValue(term, out var list))
            {
                terms[term] = list = [];
            }

            foreach (var id in ids)
            {
                if (!list.Contains(id, StringComparer.Ordinal))
                {
                    list.Add(id);
                }
            }
        }

        return terms;
    }

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
        Offer(best, _exact, exact, MatchKind.Exact);
        // A name whose compact key matches and whose exact key matches too was offered as exact above.
        Offer(best, _compact, compact, MatchKind.Compact);
        if (FuzzyRules.Eligible(compact))
        {
            foreach (var term in FuzzyNeighbours(compact))
            {
                Offer(best, _compact, term, MatchKind.Fuzzy);
            }
        }

        best.Sort(NameCandidate.ByKindThenId);
        return best;
    }

    /// <summary>Offers every entity whose <paramref name="terms"/> hold <paramref name="key"/>, keeping each entity's best kind.</summary>
    private static void Offer(List<NameCandidate> best, Dictionary<string, List<string>> terms, string key, MatchKind kind)
    {
        if (!terms.TryGetValue(AsStoredTerm(key), out var ids))
        {
            return;
        }

        foreach (var id in ids)
        {
            Offer(best, id, kind);
        }
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
        // A prefix that cuts a surrogate pair ends in U+FFFD there, as a UTF-8 prefix term did.
        var prefix = AsStoredTerm(compact[..FuzzyRules.PrefixLength]);
        if (!_compactByPrefix.TryGetValue(prefix, out var terms))
        {
            return found;
        }

        var edits = FuzzyRules.MaxEdits(compact);
        foreach (var candidate in terms)
        {
            if (Math.Abs(candidate.Length - compact.Length) <= edits && candidate != compact && FuzzyRules.Accept(compact, candidate))
            {
                found.Add(candidate);
            }
        }

        return found;
    }

    /// <summary>A key as a UTF-8 term stores it: unpaired surrogates become U+FFFD (same length in UTF-16).</summary>
    internal static string AsStoredTerm(string key)
    {
        var at = key.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (at < 0)
        {
            return key;
        }

        var chars = key.ToCharArray();
        for (var i = at; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
