using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Tupu.Entities.Automaton;

/// <summary>
/// A character trie over folded names, walked from each candidate start of the analysis text; the longest name that
/// ends on a word boundary wins. Immutable after <see cref="Build"/>, so any number of threads may match at once.
/// </summary>
internal sealed class CharTrie
{
    private readonly FrozenDictionary<long, int> _edges;
    private readonly int[] _terminal;
    private readonly ImmutableArray<string>[] _payloads;

    private CharTrie(FrozenDictionary<long, int> edges, int[] terminal, ImmutableArray<string>[] payloads)
    {
        _edges = edges;
        _terminal = terminal;
        _payloads = payloads;
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count => _payloads.Length;

    /// <summary>Builds a trie of exact keys (see <see cref="NameKeys.Exact"/>), each with the ids it names.</summary>
    public static CharTrie Build(IEnumerable<KeyValuePair<string, ImmutableArray<string>>> keys)
    {
        var edges = new Dictionary<long, int>();
        var terminal = new List<int> { -1 };
        var payloads = new List<ImmutableArray<string>>();
        foreach (var (key, ids) in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var node = 0;
            foreach (var c in key)
            {
                var edge = ((long)node << 16) | c;
                if (!edges.TryGetValue(edge, out var next))
                {
                    next = terminal.Count;
                    terminal.Add(-1);
                    edges.Add(edge, next);
                }

                node = next;
            }

            if (terminal[node] < 0)
            {
                terminal[node] = payloads.Count;
                payloads.Add(ids);
            }
            else
            {
                payloads[terminal[node]] = payloads[terminal[node]].AddRange(ids).Distinct().ToImmutableArray();
            }
        }

        return new CharTrie(edges.ToFrozenDictionary(), terminal.ToArray(), payloads.ToArray());
    }

    /// <summary>
    /// The longest key that starts at <paramref name="start"/>; Latin keys must start and end on word boundaries.
    /// Returns false when none matches.
    /// </summary>
    public bool TryMatchLongest(string text, int start, out int end, out ImmutableArray<string> ids)
    {
        end = -1;
        ids = default;
        var first = text[start];
        var latinStart = CharClass.IsWordCore(first);
        if (latinStart && !CharClass.IsWordBoundary(text, start))
        {
            return false;
        }

        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = NameKeys.Fold(text[i]);
            if (!_edges.TryGetValue(((long)node << 16) | c, out node))
            {
                break;
            }

            var payload = _terminal[node];
            if (payload >= 0 && (!CharClass.IsWordCore(text[i]) || CharClass.IsWordBoundary(text, i + 1)))
            {
                end = i + 1;
                ids = _payloads[payload];
            }
        }

        return end > 0;
    }
}
