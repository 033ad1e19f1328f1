namespace Tupu.Relations.Lexicon;

/// <summary>
/// A character trie over lexicon phrases, so one walk from a text position finds every phrase that may start there.
/// ASCII letters fold to lower case and every other character stands for itself, which finds exactly the phrases
/// that match ordinally ignoring case as long as each phrase passes <see cref="Supports"/> (ordinal ignore-case never
/// equates a non-ASCII character with an ASCII one, nor a caseless character with another). Walks only propose:
/// callers confirm each candidate with <see cref="PhraseText.MatchesAt"/>. Immutable once built.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly int[] _root = new int[char.MaxValue + 1];
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<int>> _payloads = [[]];

    /// <summary>
    /// The edges below the root as an open-addressing table (linear probing, keys never 0 because nodes below the root
    /// are never 0): a walk looks up one edge per character, and this is several times cheaper than the dictionary.
    /// </summary>
    private readonly long[] _edgeKeys;
    private readonly int[] _edgeChildren;
    private readonly int _edgeShift;

    /// <summary>One bit per character: whether some phrase starts with it (up to ASCII case).</summary>
    private readonly ulong[] _startsPhrase = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>Builds a trie whose payload i is <paramref name="phrases"/>[i]; every phrase must pass <see cref="Supports"/>.</summary>
    public PhraseTrie(IReadOnlyList<string> phrases)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            var phrase = phrases[i];
            var node = 0;
            for (var k = 0; k < phrase.Length; k++)
            {
                node = Child(node, Key(phrase[k]));
            }

            _payloads[node].Add(i);
            MaxLength = Math.Max(MaxLength, phrase.Length);
        }

        Payloads = [.. _payloads.Select(p => p.ToArray())];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (_root[Key((char)c)] != 0)
            {
                _startsPhrase[c >> 6] |= 1UL << c;
            }
        }

        var bits = (int)Math.Max(4, 64 - long.LeadingZeroCount(_edges.Count * 2L));
        _edgeShift = 64 - bits;
        _edgeKeys = new long[1 << bits];
        _edgeChildren = new int[1 << bits];
        foreach (var (edge, child) in _edges)
        {
            var slot = SlotOf(edge);
            while (_edgeKeys[slot] != 0)
            {
                slot = (slot + 1) & (_edgeKeys.Length - 1);
            }

            _edgeKeys[slot] = edge;
            _edgeChildren[slot] = child;
        }
    }

    /// <summary>The longest phrase's length: a walk never finds more terminals than this.</summary>
    public int MaxLength { get; }

    /// <summary>Per node, the indexes of the phrases spelled by the path to it (in the order they were given).</summary>
    public int[][] Payloads { get; }

    /// <summary>Whether a walk finds <paramref name="phrase"/> wherever it matches ignoring case (no surrogates, no non-ASCII case).</summary>
    public static bool Supports(string phrase)
    {
        foreach (var c in phrase)
        {
            if (c >= 128 && (char.IsSurrogate(c) || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first position from <paramref name="from"/> on whose character starts some phrase, or the text's length: a
    /// walk from any position before it finds nothing, so scans skip there in one tight loop.
    /// </summary>
    public int NextStart(string text, int from)
    {
        var i = from;
        while (i < text.Length && (_startsPhrase[text[i] >> 6] & (1UL << text[i])) == 0)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Walks <paramref name="text"/> from <paramref name="at"/> up to <paramref name="limit"/> and writes into
    /// <paramref name="terminals"/>, shortest first, the nodes that end a phrase; returns how many. The span must hold
    /// <see cref="MaxLength"/> entries. Inside an ASCII word it finds nothing: a phrase starting there would start with
    /// an ASCII word character too, and such phrases match only at word starts.
    /// </summary>
    public int Walk(string text, int at, int limit, Span<int> terminals)
    {
        if (at > 0 && PhraseText.IsAsciiWordChar(text[at]) && PhraseText.IsAsciiWordChar(text[at - 1]))
        {
            return 0;
        }

        var count = 0;
        var node = 0;
        for (var p = at; p < limit; p++)
        {
            var key = Key(text[p]);
            node = node == 0 ? _root[key] : ChildOf(node, key);
            if (node == 0)
            {
                break;
            }

            if (Payloads[node].Length > 0)
            {
                terminals[count++] = node;
            }
        }

        return count;
    }

    /// <summary>The child of <paramref name="node"/> (not the root) along <paramref name="key"/>, or 0.</summary>
    private int ChildOf(int node, char key)
    {
        var edge = ((long)node << 16) | key;
        var mask = _edgeKeys.Length - 1;
        for (var slot = SlotOf(edge); ; slot = (slot + 1) & mask)
        {
            var found = _edgeKeys[slot];
            if (found == edge)
            {
                return _edgeChildren[slot];
            }

            if (found == 0)
            {
                return 0;
            }
        }
    }

    private int SlotOf(long edge) => (int)((ulong)(edge * -7046029254386353131L) >> _edgeShift);

    private static char Key(char c) => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;

    private int Child(int node, char key)
    {
        var existing = node == 0 ? _root[key] : _edges.GetValueOrDefault(((long)node << 16) | key);
        if (existing != 0)
        {
            return existing;
        }

        var created = _payloads.Count;
        _payloads.Add([]);
        if (node == 0)
        {
            _root[key] = created;
        }
        else
        {
            _edges[((long)node << 16) | key] = created;
        }

        return created;
    }
}
