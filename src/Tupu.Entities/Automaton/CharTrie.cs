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

    // A trie that grows in place (see AppendShared) is seen through snapshots: nodes and payloads are numbered in the
    // order they were added, so a snapshot ignores those at or past its counts, and a payload that replaced another
    // (a key that gained an id) points back to the one it replaced. A trie built whole sees all of its arrays.
    private readonly int _nodeCount;
    private readonly int _payloadCount;
    private readonly Growth? _growth;

    private CharTrie(EdgeTable edges, int[] terminal, ImmutableArray<string>[] payloads, ulong[] firstChars, int[]? rootChildren)
    {
        _edges = edges;
        _terminal = terminal;
        _payloads = payloads;
        _firstChars = firstChars;
        _rootChildren = rootChildren;
        _nodeCount = terminal.Length;
        _payloadCount = payloads.Length;
    }

    private CharTrie(EdgeTable edges, ulong[] firstChars, Growth growth)
    {
        _edges = edges;
        _firstChars = firstChars;
        _growth = growth;
        _terminal = growth.Terminal;
        _payloads = growth.Payloads;
        _nodeCount = growth.Nodes;
        _payloadCount = growth.PayloadCount;
    }

    /// <summary>Whether some key starts with this folded character (<see cref="NameKeys.Fold"/>): most positions start none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStartWithFolded(char folded) => (_firstChars[folded >> 6] & (1UL << (folded & 63))) != 0;

    /// <summary>Number of distinct keys (of a trie that grows in place: zero exactly when it has none).</summary>
    public int Count => _payloadCount;

    /// <summary>An empty trie that grows in place (see <see cref="AppendShared"/>).</summary>
    public static CharTrie Growing() => new(new EdgeTable(), new ulong[65536 / 64], new Growth());

    /// <summary>
    /// A snapshot of this growing trie with <paramref name="keys"/> added: the new keys are written into the arrays all
    /// snapshots share, which the older snapshots do not see (their node and payload counts stop before them). Only the
    /// newest snapshot may be appended to, by one caller at a time: the caller checks and serialises that.
    /// </summary>
    public CharTrie AppendShared(IEnumerable<KeyValuePair<string, ImmutableArray<string>>> keys)
    {
        var growth = _growth ?? throw new InvalidOperationException("Only a growing trie is appended to in place.");
        foreach (var (key, ids) in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var node = 0;
            foreach (var c in key)
            {
                var next = _edges.Child(node, c);
                if (next < 0)
                {
                    next = growth.AddNode();
                    _edges.Add(node, c, next);
                    if (node == 0)
                    {
                        Interlocked.Or(ref _firstChars[c >> 6], 1UL << (c & 63));
                    }
                }

                node = next;
            }

            var known = growth.Terminal[node];
            growth.SetPayload(node, known < 0 ? ids : growth.Payloads[known].AddRange(ids).Distinct().ToImmutableArray(), known);
        }

        return new CharTrie(_edges, _firstChars, growth);
    }

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
        var folded = NameKeys.Fold(text[start]);
        if ((_firstChars[folded >> 6] & (1UL << (folded & 63))) == 0)
        {
            end = -1;
            ids = default;
            return false;
        }

        return TryMatchFrom(text, start, folded, out end, out ids);
    }

    /// <summary>
    /// Leftmost-longest, non-overlapping matches over the whole text (see <see cref="TrieScanner"/>): the first-character
    /// test runs inline, once per position, and only positions that pass it walk the trie.
    /// </summary>
    public void Scan(string text, List<(Domain.Text.TextSpan Span, ImmutableArray<string> Ids)> matches)
    {
        var firstChars = _firstChars;
        var i = 0;
        while (i < text.Length)
        {
            var folded = NameKeys.Fold(text[i]);
            if ((firstChars[folded >> 6] & (1UL << (folded & 63))) != 0 && TryMatchFrom(text, i, folded, out var end, out var ids))
            {
                matches.Add((new Domain.Text.TextSpan(i, end), ids));
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>As <see cref="TryMatchLongest"/>, for a start whose folded first character is known to start a key.</summary>
    private bool TryMatchFrom(string text, int start, char folded, out int end, out ImmutableArray<string> ids)
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
            var c = i == start ? folded : NameKeys.Fold(text[i]);
            if (i == start && _rootChildren is not null)
            {
                node = _rootChildren[c];
            }
            else if ((node = _edges.Child(node, c)) < 0 || node >= _nodeCount)
            {
                break;
            }

            var payload = Volatile.Read(ref _terminal[node]);
            if (payload >= _payloadCount)
            {
                payload = _growth!.Before(payload, _payloadCount);
            }

            if (payload >= 0 && (!CharClass.IsWordCore(text[i]) || CharClass.IsWordBoundary(text, i + 1)))
            {
                end = i + 1;
                ids = _payloads[payload];
            }
        }

        return end > 0;
    }

    /// <summary>The arrays a growing trie's snapshots share, and how much of them is written.</summary>
    private sealed class Growth
    {
        public int[] Terminal = [-1, -1, -1, -1, -1, -1, -1, -1];
        public ImmutableArray<string>[] Payloads = new ImmutableArray<string>[8];
        public int[] Previous = new int[8];
        public int Nodes = 1;
        public int PayloadCount;

        /// <summary>The payload a snapshot with <paramref name="count"/> payloads saw where this one is now, or -1.</summary>
        public int Before(int payload, int count)
        {
            // Payloads written after a snapshot may lie past the arrays it holds: the chain is read from the current ones.
            var previous = Volatile.Read(ref Previous);
            while (payload >= count)
            {
                payload = previous[payload];
            }

            return payload;
        }

        public int AddNode()
        {
            if (Nodes == Terminal.Length)
            {
                var grown = new int[Terminal.Length * 2];
                Array.Fill(grown, -1);
                Terminal.CopyTo(grown, 0);
                Terminal = grown;
            }

            return Nodes++;
        }

        /// <summary>A new payload for the node; the one it replaces (or -1) stays for older snapshots.</summary>
        public void SetPayload(int node, ImmutableArray<string> ids, int replaced)
        {
            if (PayloadCount == Payloads.Length)
            {
                Array.Resize(ref Payloads, Payloads.Length * 2);
                var previous = Previous;
                Array.Resize(ref previous, previous.Length * 2);
                Volatile.Write(ref Previous, previous);
            }

            Payloads[PayloadCount] = ids;
            Previous[PayloadCount] = replaced;
            Volatile.Write(ref Terminal[node], PayloadCount);
            PayloadCount++;
        }
    }
}
