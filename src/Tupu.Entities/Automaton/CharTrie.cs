using System.Collections.Immutable;

namespace Tupu.Entities.Automaton;

/// <summary>
/// A character trie over folded names, walked from each candidate start of the analysis text; the longest name that
/// ends on a word boundary wins. Immutable after <see cref="Build"/>, so any number of threads may match at once.
/// </summary>
internal sealed class CharTrie
{
    // Most text positions start no name: a bitset of first characters rejects them without a hash lookup.
    private readonly ulong[] _firstChars;
    private readonly EdgeTable _edges;

    // The catalog's base trie maps first characters straight to nodes (one array read for most positions); tries
    // rebuilt often (learned names, per-article short forms) skip the 256 KB array to spare the large-object heap.
    private readonly int[]? _rootChildren;
    private readonly int[] _terminal;
    private readonly ImmutableArray<string>[] _payloads;

    private CharTrie(EdgeTable edges, int[] terminal, ImmutableArray<string>[] payloads, ulong[] firstChars, int[]? rootChildren)
    {
        _edges = edges;
        _terminal = terminal;
        _payloads = payloads;
        _firstChars = firstChars;
        _rootChildren = rootChildren;
    }

    /// <summary>Whether some key starts with this character of the text (folded): most positions start none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStartWith(char c)
    {
        var folded = NameKeys.Fold(c);
        return (_firstChars[folded >> 6] & (1UL << (folded & 63))) != 0;
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count => _payloads.Length;

    /// <summary>Builds a trie of exact keys (see <see cref="NameKeys.Exact"/>), each with the ids it names.</summary>
    public static CharTrie Build(IEnumerable<KeyValuePair<string, ImmutableArray<string>>> keys, bool rootArray = false) =>
        Insert(new EdgeTable(), [-1], [], new ulong[65536 / 64], rootArray ? new int[65536] : null, keys);

    /// <summary>
    /// A new trie with this one's keys and <paramref name="keys"/>: the edge table and first-character tables are
    /// bulk-copied, not rebuilt, so extending a learned layer costs little more than the new keys. This trie is unchanged.
    /// </summary>
    public CharTrie Extend(IEnumerable<KeyValuePair<string, ImmutableArray<string>>> keys) =>
        Insert(
            _edges.Copy(),
            [.. _terminal],
            [.. _payloads],
            (ulong[])_firstChars.Clone(),
            (int[]?)_rootChildren?.Clone(),
            keys);

    private static CharTrie Insert(
        EdgeTable edges,
        List<int> terminal,
        List<ImmutableArray<string>> payloads,
        ulong[] firstChars,
        int[]? rootChildren,
        IEnumerable<KeyValuePair<string, ImmutableArray<string>>> keys)
    {
        foreach (var (key, ids) in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var node = 0;
            foreach (var c in key)
            {
                var next = edges.Child(node, c);
                if (next < 0)
                {
                    next = terminal.Count;
                    terminal.Add(-1);
                    edges.Add(node, c, next);
                    if (node == 0)
                    {
                        firstChars[c >> 6] |= 1UL << (c & 63);
                        if (rootChildren is not null)
                        {
                            rootChildren[c] = next;
                        }
                    }
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

        return new CharTrie(edges, terminal.ToArray(), payloads.ToArray(), firstChars, rootChildren);
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
        var folded = NameKeys.Fold(first);
        if ((_firstChars[folded >> 6] & (1UL << (folded & 63))) == 0)
        {
            return false;
        }

        var latinStart = CharClass.IsWordCore(first);
        if (latinStart && !CharClass.IsWordBoundary(text, start))
        {
            return false;
        }

        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = i == start ? folded : NameKeys.Fold(text[i]);
            if (i == start && _rootChildren is not null)
            {
                node = _rootChildren[c];
            }
            else if ((node = _edges.Child(node, c)) < 0)
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
