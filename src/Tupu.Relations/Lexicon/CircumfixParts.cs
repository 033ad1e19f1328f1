using System.Collections.Immutable;

namespace Tupu.Relations.Lexicon;

/// <summary>
/// The two parts of every circumfix trigger, found in a whole text at once: a part matches at a position
/// (<see cref="PhraseText.MatchesAt"/> up to the text's end) independently of the range searched, so
/// <see cref="PhraseText.Find"/> over any range is the first such position inside it. Immutable, so safe to share.
/// </summary>
internal sealed class CircumfixParts
{
    private readonly string[] _parts;
    private readonly PhraseTrie? _trie;

    public CircumfixParts(ImmutableArray<TriggerEntry> circumfixes)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        First = [.. circumfixes.Select(c => Id(c.Parts[0]))];
        Second = [.. circumfixes.Select(c => Id(c.Parts[1]))];
        _parts = [.. ids.OrderBy(kv => kv.Value).Select(kv => kv.Key)];
        _trie = _parts.All(PhraseTrie.Supports) ? new PhraseTrie(_parts) : null;

        int Id(string part)
        {
            if (!ids.TryGetValue(part, out var id))
            {
                id = ids.Count;
                ids[part] = id;
            }

            return id;
        }
    }

    /// <summary>Per circumfix (in lexicon order), the part id of its first part.</summary>
    public ImmutableArray<int> First { get; }

    /// <summary>Per circumfix (in lexicon order), the part id of its second part.</summary>
    public ImmutableArray<int> Second { get; }

    public int LengthOf(int part) => _parts[part].Length;

    /// <summary>Per part id, the ascending positions where the part matches in <paramref name="text"/>.</summary>
    public List<int>[] Positions(string text)
    {
        var positions = new List<int>[_parts.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = [];
        }

        if (_trie is null)
        {
            for (var part = 0; part < _parts.Length; part++)
            {
                for (var at = PhraseText.Find(text, _parts[part], 0, text.Length); at >= 0; at = PhraseText.Find(text, _parts[part], at + 1, text.Length))
                {
                    positions[part].Add(at);
                }
            }

            return positions;
        }

        Span<int> terminals = stackalloc int[_trie.MaxLength];
        for (var at = _trie.NextStart(text, 0); at < text.Length; at = _trie.NextStart(text, at + 1))
        {
            var count = _trie.Walk(text, at, text.Length, terminals);
            for (var t = 0; t < count; t++)
            {
                foreach (var part in _trie.Payloads[terminals[t]])
                {
                    // The walk matched the characters (see PhraseMatcher.LongestAt); the word boundaries are left.
                    if (PhraseText.RespectsWordBoundaries(text, at, _parts[part]))
                    {
                        positions[part].Add(at);
                    }
                }
            }
        }

        return positions;
    }

    /// <summary>What <see cref="PhraseText.Find"/> returns for the part over [from, limit), from its <paramref name="positions"/>.</summary>
    public int Find(List<int> positions, int part, int from, int limit)
    {
        var index = positions.BinarySearch(from);
        if (index < 0)
        {
            index = ~index;
        }

        return index < positions.Count && positions[index] + _parts[part].Length <= limit ? positions[index] : -1;
    }
}
