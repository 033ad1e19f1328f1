using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace Tupu.Text.Tokenization;

/// <summary>
/// SmartCn's word lattice for one run of Han-side text, and its best path: the same model as SmartCn's
/// <see cref="HHMMSegmenter"/> (its word dictionary, its bigram dictionary, its smoothing, its tie-breaking), kept in
/// arrays this thread reuses instead of a graph of objects. <see cref="HHMMSegmenter"/> allocates a token, a character
/// array and a dictionary entry per candidate word and per pair of neighbouring candidates; that was about half of
/// what an ingest allocated. The words a character begins are walked through <see cref="SmartCnWords"/>' trie, and an
/// edge's cost, which depends only on its two words, is kept per pair of word ids. Tests hold the path to
/// <see cref="HHMMSegmenter.Process"/>'s, word for word.
/// </summary>
/// <remarks>
/// The lattice: a node per candidate word (every dictionary word starting at a Han character, each Han character on
/// its own, a run of letters or of digits, a delimiter, any other character), framed by a sentence-begin and a
/// sentence-end node; an edge from each node to every node that starts where it ends (blanks skipped). An edge costs
/// <c>-log(a·P(w₁) + (1 − a)·P(w₂ | w₁))</c> with SmartCn's smoothing <c>a = 0.1</c>, and the path is the cheapest,
/// the earliest predecessor winning a tie, as SmartCn's Viterbi search picks it.
/// </remarks>
internal sealed class HanLattice
{
    private const double Smoothing = 0.1;

    private static readonly double Tiny = 1.0 / Utility.MAX_FREQUENCE;

    /// <summary>Pair keys shorter than this are looked up through arrays kept per length (the dictionary takes whole arrays).</summary>
    private const int KeptKeyLength = 64;

    private static readonly int StringFrequency = SmartCnModel.WordFrequency(Utility.STRING_CHAR_ARRAY);

    private static readonly int NumberFrequency = SmartCnModel.WordFrequency(Utility.NUMBER_CHAR_ARRAY);

    private static readonly int BeginFrequency = SmartCnModel.WordFrequency(Utility.START_CHAR_ARRAY);

    private static readonly int EndFrequency = SmartCnModel.WordFrequency(Utility.END_CHAR_ARRAY);

    // Word ids: a word of two or more characters is its node in SmartCnWords' trie (fewer than 2^24 nodes); the others
    // are the character itself or the placeholder, in ranges of their own.
    private const int CharacterIds = 1 << 24;
    private const int DelimiterIds = 2 << 24;
    private const int StringId = 3 << 24;
    private const int NumberId = (3 << 24) + 1;
    private const int BeginId = (3 << 24) + 2;
    private const int EndId = (3 << 24) + 3;

    /// <summary>Edge costs kept per thread, one per slot of a pair of word ids: news text repeats its pairs.</summary>
    private const int CostBits = 16;

    private const int CostSlots = 1 << CostBits;

    [ThreadStatic]
    private static HanLattice? _ofThisThread;

    private readonly long[] _costKeys = CreateCostKeys();
    private readonly double[] _costs = new double[CostSlots];

    private readonly char[]?[] _pairKeys = new char[KeptKeyLength][];
    private Node[] _nodes = new Node[256];
    private int _nodeCount;
    private char[] _chars = new char[1024];
    private int _charCount;
    private CharType[] _types = new CharType[256];
    private char[] _phrase = new char[256];
    private int[] _firstAt = new int[256];
    private int[] _countAt = new int[256];
    private int[] _nextStart = new int[256];
    private double[] _cost = new double[256];
    private int[] _previous = new int[256];
    private int[] _path = new int[256];

    private HanLattice()
    {
    }

    /// <summary>This thread's lattice (a lattice is reused by every run it segments, so it is not thread-safe).</summary>
    public static HanLattice OfThisThread => _ofThisThread ??= new HanLattice();

    /// <summary>
    /// The words of the best segmentation of <paramref name="run"/>, in text order, as node ids for
    /// <see cref="this[int]"/> and <see cref="CharsOf"/>. Valid until the next call.
    /// </summary>
    public ReadOnlySpan<int> Segment(ReadOnlySpan<char> run)
    {
        Build(run);
        Search(run.Length);
        return Walk();
    }

    /// <summary>Number of nodes of the last segmentation's lattice (ids 0 to this, the sentence begin and end included).</summary>
    public int NodeCount => _nodeCount;

    /// <summary>A node of the last segmentation.</summary>
    public ref readonly Node this[int id] => ref _nodes[id];

    /// <summary>
    /// What the model calls a node: the Han characters of a word (blanks inside it left out), the delimiter itself, or
    /// SmartCn's placeholder for a run of letters, of digits, or an unknown character.
    /// </summary>
    public ReadOnlySpan<char> CharsOf(int id) => _chars.AsSpan(_nodes[id].CharsAt, _nodes[id].CharsLength);

    private void Build(ReadOnlySpan<char> run)
    {
        var length = run.Length;
        EnsurePositions(length + 1);
        _nodeCount = 0;
        _charCount = 0;
        _firstAt.AsSpan(0, length + 1).Fill(-1);
        _countAt.AsSpan(0, length + 1).Clear();
        for (var i = 0; i < length; i++)
        {
            _types[i] = Utility.GetCharType(run[i]);
        }

        Add(-1, 0, WordType.SENTENCE_BEGIN, BeginFrequency, Utility.START_CHAR_ARRAY, BeginId);
        var at = 0;
        while (at < length)
        {
            switch (_types[at])
            {
                case CharType.SPACE_LIKE:
                    at++;
                    break;
                case CharType.HANZI:
                    AddWordsFrom(run, at);
                    at++;
                    break;
                case CharType.LETTER or CharType.FULLWIDTH_LETTER:
                    at = AddRun(at, length, CharType.LETTER, CharType.FULLWIDTH_LETTER, WordType.STRING, WordType.FULLWIDTH_STRING, StringFrequency, Utility.STRING_CHAR_ARRAY, StringId);
                    break;
                case CharType.DIGIT or CharType.FULLWIDTH_DIGIT:
                    at = AddRun(at, length, CharType.DIGIT, CharType.FULLWIDTH_DIGIT, WordType.NUMBER, WordType.FULLWIDTH_NUMBER, NumberFrequency, Utility.NUMBER_CHAR_ARRAY, NumberId);
                    break;
                case CharType.DELIMITER:
                    Add(at, at + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE, run.Slice(at, 1), DelimiterIds | run[at]);
                    at++;
                    break;
                default:
                    // A character the model does not know (not in GB2312, for one) counts as a string.
                    Add(at, at + 1, WordType.STRING, StringFrequency, Utility.STRING_CHAR_ARRAY, StringId);
                    at++;
                    break;
            }
        }

        Add(length, length + 1, WordType.SENTENCE_END, EndFrequency, Utility.END_CHAR_ARRAY, EndId);
    }

    /// <summary>The character at <paramref name="start"/> as a word, and every dictionary word it begins (blanks inside skipped).</summary>
    private void AddWordsFrom(ReadOnlySpan<char> run, int start)
    {
        var length = run.Length;
        var phrase = _phrase;
        var phraseLength = 1;
        phrase[0] = run[start];
        var (frequency, found) = SmartCnModel.SingleCharacter(run[start]);
        Add(start, start + 1, WordType.CHINESE_WORD, frequency, phrase.AsSpan(0, 1), CharacterIds | run[start]);
        if (found == -1)
        {
            return;
        }

        // The words beginning here, walked character by character through the dictionary's trie.
        var node = SmartCnWords.Child(SmartCnWords.Root, run[start]);
        var end = start + 1;
        while (node != -1)
        {
            if (phraseLength > 1 && SmartCnWords.WordFrequency(node) is var wordFrequency and >= 0)
            {
                Add(start, end, WordType.CHINESE_WORD, wordFrequency, phrase.AsSpan(0, phraseLength), node);
            }

            while (end < length && _types[end] == CharType.SPACE_LIKE)
            {
                end++;
            }

            if (end >= length || _types[end] != CharType.HANZI)
            {
                break;
            }

            phrase[phraseLength++] = run[end];
            node = SmartCnWords.Child(node, run[end]);
            end++;
        }
    }

    /// <summary>A run of letters (or digits), half- or full-width, as one node; returns where it ends.</summary>
    private int AddRun(int start, int length, CharType half, CharType full, WordType halfType, WordType fullType, int frequency, char[] placeholder, int wordId)
    {
        var fullWidth = _types[start] == full;
        var end = start + 1;
        while (end < length && (_types[end] == half || _types[end] == full))
        {
            fullWidth |= _types[end] == full;
            end++;
        }

        Add(start, end, fullWidth ? fullType : halfType, frequency, placeholder, wordId);
        return end;
    }

    private void Add(int start, int end, WordType type, int frequency, ReadOnlySpan<char> chars, int wordId)
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        if (_charCount + chars.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + chars.Length));
        }

        chars.CopyTo(_chars.AsSpan(_charCount));
        _nodes[_nodeCount] = new Node(start, end, type, frequency, _charCount, chars.Length, wordId);
        if (start >= 0)
        {
            if (_countAt[start]++ == 0)
            {
                _firstAt[start] = _nodeCount;
            }
        }

        _charCount += chars.Length;
        _nodeCount++;
    }

    /// <summary>The cheapest cost of reaching each node, and the predecessor on that path, in node order.</summary>
    private void Search(int length)
    {
        // The next position at or after each position where some node starts; the sentence end always does.
        var next = length;
        for (var at = length; at >= 0; at--)
        {
            if (_countAt[at] > 0)
            {
                next = at;
            }

            _nextStart[at] = next;
        }

        EnsureNodes(_nodeCount);
        var cost = _cost;
        var previous = _previous;
        cost[0] = 0;
        previous[0] = 0;
        cost.AsSpan(1, _nodeCount - 1).Fill(double.MaxValue);
        // A node's predecessors all come before it, so when it is reached its cost is final. Taking predecessors in
        // node order and replacing only on a strictly lower cost keeps the earliest of equal paths.
        for (var from = 0; from < _nodeCount; from++)
        {
            ref readonly var left = ref _nodes[from];
            if (left.Start >= length)
            {
                continue;
            }

            var at = _nextStart[left.End];
            var first = _firstAt[at];
            var last = first + _countAt[at];
            for (var to = first; to < last; to++)
            {
                var candidate = cost[from] + EdgeCost(from, to);
                if (candidate < cost[to])
                {
                    cost[to] = candidate;
                    previous[to] = from;
                }
            }
        }
    }

    /// <summary>The best path from the sentence end back to its beginning, as the words between them in text order.</summary>
    private ReadOnlySpan<int> Walk()
    {
        var count = 0;
        for (var node = _previous[_nodeCount - 1]; node != 0; node = _previous[node])
        {
            _path[count++] = node;
        }

        var path = _path.AsSpan(0, count);
        path.Reverse();
        return path;
    }

    /// <summary>
    /// <c>-log(a·P(left) + (1 − a)·P(right | left))</c>, as SmartCn computes it (the same operations in the same order, so
    /// the same double), kept by the pair of word ids since it depends on nothing else.
    /// </summary>
    private double EdgeCost(int left, int right)
    {
        var key = ((long)_nodes[left].WordId << 32) | (uint)_nodes[right].WordId;
        var slot = (int)((ulong)(key * -7046029254386353131L) >> (64 - CostBits));
        if (_costKeys[slot] == key)
        {
            return _costs[slot];
        }

        double leftFrequency = _nodes[left].Frequency;
        var pairFrequency = SmartCnModel.PairFrequency(PairKey(left, right));
        var weight = -Math.Log((Smoothing * (1.0 + leftFrequency) / (Utility.MAX_FREQUENCE + 0.0))
            + ((1.0 - Smoothing) * (((1.0 - Tiny) * pairFrequency / (1.0 + leftFrequency)) + Tiny)));
        _costKeys[slot] = key;
        _costs[slot] = weight;
        return weight;
    }

    private static long[] CreateCostKeys()
    {
        var keys = new long[CostSlots];
        Array.Fill(keys, -1L);
        return keys;
    }

    private char[] PairKey(int left, int right)
    {
        var leftChars = CharsOf(left);
        var rightChars = CharsOf(right);
        var length = leftChars.Length + 1 + rightChars.Length;
        var key = length < KeptKeyLength ? _pairKeys[length] ??= new char[length] : new char[length];
        leftChars.CopyTo(key);
        key[leftChars.Length] = SmartCnModel.PairSeparator;
        rightChars.CopyTo(key.AsSpan(leftChars.Length + 1));
        return key;
    }

    private void EnsurePositions(int positions)
    {
        if (positions <= _firstAt.Length)
        {
            return;
        }

        var size = Math.Max(positions, _firstAt.Length * 2);
        _types = new CharType[size];
        _phrase = new char[size];
        _firstAt = new int[size];
        _countAt = new int[size];
        _nextStart = new int[size];
    }

    /// <summary>Costs, predecessors and the path are per node, and a run can have more nodes than characters.</summary>
    private void EnsureNodes(int count)
    {
        if (_cost.Length < count)
        {
            var size = Math.Max(count, _cost.Length * 2);
            _cost = new double[size];
            _previous = new int[size];
            _path = new int[size];
        }
    }

    /// <summary>
    /// A candidate word: where it starts and ends in the run, its type, its dictionary frequency, its characters, and an
    /// id that stands for its characters and frequency (equal ids, equal edge costs).
    /// </summary>
    internal readonly record struct Node(int Start, int End, WordType Type, int Frequency, int CharsAt, int CharsLength, int WordId);
}
