using System.Numerics;
using System.Reflection;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace Tupu.Text.Tokenization;

/// <summary>
/// SmartCn's word dictionary as a trie, for the lattice's walk from a Han character through the words it begins.
/// The dictionary itself answers each step with a binary search over every word of the first character (thousands for
/// 中 or 国) and a walk back to the first match; here a step is one probe of a hash table keyed by (node, character).
/// Built once from the dictionary's own tables (SmartCn declares them private; the package version is pinned), and
/// <c>SmartCnWordsTests</c> check every prefix of every word against the dictionary's answers.
/// </summary>
internal static class SmartCnWords
{
    /// <summary>The root: its children are the first characters of words.</summary>
    public const int Root = 0;

    private const long Empty = -1;

    private static readonly long[] Keys;
    private static readonly int[] Children;
    private static readonly int Shift;

    // Per node: the frequency of the word the path spells (0 when it is no word), and whether that word is the first,
    // in the dictionary's order, of the words that begin with it (the dictionary only reports a word found that way).
    private static readonly int[] Frequencies;
    private static readonly bool[] FirstIsWord;

    static SmartCnWords()
    {
        var builder = new Builder();
        foreach (var (first, rests, frequencies) in Tables())
        {
            for (var j = 0; j < rests.Length; j++)
            {
                builder.Add(first, rests[j] ?? [], frequencies[j]);
            }
        }

        (Keys, Children, Shift, Frequencies, FirstIsWord) = builder.Build();
    }

    /// <summary>Number of nodes: every prefix of every word, and the root.</summary>
    public static int NodeCount => Frequencies.Length;

    /// <summary>The node for the path of <paramref name="node"/> followed by <paramref name="c"/>, or -1 when no word begins so.</summary>
    public static int Child(int node, char c)
    {
        var key = ((long)node << 16) | c;
        var mask = Keys.Length - 1;
        var slot = (int)((ulong)(key * -7046029254386353131L) >> Shift);
        while (true)
        {
            var found = Keys[slot];
            if (found == key)
            {
                return Children[slot];
            }

            if (found == Empty)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// The frequency the dictionary reports for the path of <paramref name="node"/> as a word, when the dictionary
    /// recognises it as one while walking (it is the first word beginning with itself); otherwise -1.
    /// </summary>
    public static int WordFrequency(int node) => FirstIsWord[node] ? Frequencies[node] : -1;

    /// <summary>The frequency the dictionary gives the path of <paramref name="node"/> (0 when it is no word).</summary>
    public static int Frequency(int node) => Frequencies[node];

    /// <summary>Per first character: the rest of each of its words (null for none) and their frequencies, in the dictionary's order.</summary>
    internal static IEnumerable<(char First, char[]?[] Rests, int[] Frequencies)> Tables()
    {
        var dictionary = SmartCnModel.WordDictionary;
        var type = dictionary.GetType();
        var characters = (char[])Field(type, "charIndexTable").GetValue(dictionary)!;
        var indexes = (short[])Field(type, "wordIndexTable").GetValue(dictionary)!;
        var words = (char[]?[]?[])Field(type, "wordItem_charArrayTable").GetValue(dictionary)!;
        var frequencies = (int[]?[])Field(type, "wordItem_frequencyTable").GetValue(dictionary)!;
        for (var slot = 0; slot < characters.Length; slot++)
        {
            if (characters[slot] == 0 || indexes[slot] < 0 || words[indexes[slot]] is not { } rests)
            {
                continue;
            }

            yield return (characters[slot], rests, frequencies[indexes[slot]]!);
        }
    }

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, BindingFlags.NonPublic | BindingFlags.Instance) ?? throw new MissingFieldException(type.FullName, name);

    private sealed class Builder
    {
        private readonly Dictionary<long, int> _edges = [];
        private readonly List<int> _frequencies = [0];
        private readonly List<bool> _firstIsWord = [false];
        private readonly List<bool> _reached = [true];

        /// <summary>Adds a word; words of one first character must come in the dictionary's order.</summary>
        public void Add(char first, char[] rest, int frequency)
        {
            var node = Step(Root, first);
            foreach (var c in rest)
            {
                _reached[node] = true;
                node = Step(node, c);
            }

            _frequencies[node] = frequency;
            if (!_reached[node])
            {
                // No earlier word began with this one: it is the first that does.
                _firstIsWord[node] = true;
            }

            _reached[node] = true;
        }

        public (long[] Keys, int[] Children, int Shift, int[] Frequencies, bool[] FirstIsWord) Build()
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _edges.Count * 2));
            var shift = 64 - BitOperations.Log2((uint)size);
            var keys = new long[size];
            var children = new int[size];
            Array.Fill(keys, Empty);
            foreach (var (key, child) in _edges)
            {
                var slot = (int)((ulong)(key * -7046029254386353131L) >> shift);
                while (keys[slot] != Empty)
                {
                    slot = (slot + 1) & (size - 1);
                }

                keys[slot] = key;
                children[slot] = child;
            }

            return (keys, children, shift, [.. _frequencies], [.. _firstIsWord]);
        }

        private int Step(int node, char c)
        {
            var key = ((long)node << 16) | c;
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _frequencies.Count;
                _edges[key] = child;
                _frequencies.Add(0);
                _firstIsWord.Add(false);
                _reached.Add(false);
            }

            return child;
        }
    }
}
