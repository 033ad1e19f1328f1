using System.Runtime.CompilerServices;

namespace Tupu.Entities.Catalog;

/// <summary>
/// A blocked Bloom filter of fixed size over the names a <see cref="CatalogSpill"/> holds on disk: their exact keys, every
/// prefix of an exact key (so a scan can walk the text as it would walk a trie), their compact keys and their entity
/// ids. It answers "certainly not" or "maybe"; a maybe is settled by the disk. The hash is extended one character at a
/// time, so a scan hashes each prefix of the text at a start from the one before it.
/// </summary>
internal sealed class KeyFilter
{
    /// <summary>The hash of the empty key, which <see cref="Step"/> extends.</summary>
    public const ulong Empty = 14695981039346656037UL;

    // Six bits per key, in one 64-bit word (see Probe).
    private const int Probes = 6;
    private const ulong PrefixTag = 0x9E3779B97F4A7C15UL;
    private const ulong ExactTag = 0xC2B2AE3D27D4EB4FUL;
    private const ulong CompactTag = 0x165667B19E3779F9UL;
    private const ulong IdTag = 0x27D4EB2F165667C5UL;

    private readonly ulong[] _bits;
    private readonly ulong _wordMask;

    // The first character of every exact key: a scan rejects most text positions with one bit.
    private readonly ulong[] _firstChars = new ulong[65536 / 64];

    // The first two characters of every exact key: of the positions whose first character starts a name, most stop
    // there, before a prefix is tested in the large bit array (a cache miss per test).
    private readonly FirstPairs _firstPairs = new();

    /// <summary>A filter of 2^<paramref name="log2Bits"/> bits (2^26 bits are 8 MB), allocated once.</summary>
    public KeyFilter(int log2Bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(log2Bits, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(log2Bits, 34);
        _bits = new ulong[(1L << log2Bits) / 64];
        _wordMask = (ulong)_bits.LongLength - 1;
    }

    /// <summary>Length of the longest exact key added: a scan never walks further.</summary>
    public int LongestKey { get; private set; }

    /// <summary>Length of the shortest exact key added: a scan asks for no shorter one.</summary>
    public int ShortestKey { get; private set; } = int.MaxValue;

    /// <summary>The hash of a key one character longer (FNV-1a over UTF-16 code units).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

    public static ulong HashOf(ReadOnlySpan<char> key)
    {
        var hash = Empty;
        foreach (var c in key)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    /// <summary>Adds a name's exact key with its prefixes, and its compact key.</summary>
    public void AddName(string exact, string compact)
    {
        if (exact.Length > 0)
        {
            _firstChars[exact[0] >> 6] |= 1UL << (exact[0] & 63);
            _firstPairs.Add(exact);
            LongestKey = Math.Max(LongestKey, exact.Length);
            ShortestKey = Math.Min(ShortestKey, exact.Length);
            var hash = Step(Empty, exact[0]);
            for (var i = 1; i < exact.Length; i++)
            {
                hash = Step(hash, exact[i]);
                Set(hash, PrefixTag);
            }

            Set(hash, ExactTag);
        }

        if (compact.Length > 0)
        {
            Set(HashOf(compact), CompactTag);
        }
    }

    public void AddId(string id) => Set(HashOf(id), IdTag);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartWith(char folded) => (_firstChars[folded >> 6] & (1UL << (folded & 63))) != 0;

    /// <summary>Whether some exact key may start at this text position, whose folded character is <paramref name="folded"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartAt(string text, int start, char folded) => _firstPairs.MayStartAt(text, start, folded);

    /// <summary>Whether some exact key of two or more characters may begin with the key hashed so.</summary>
    public bool MayBePrefix(ulong hash) => Test(hash, PrefixTag);

    public bool MayBeExact(ulong hash) => Test(hash, ExactTag);

    public bool MayBeCompact(ulong hash) => Test(hash, CompactTag);

    public bool MayBeId(string id) => Test(HashOf(id), IdTag);

    private void Set(ulong hash, ulong tag)
    {
        var (word, mask) = Probe(hash, tag);
        _bits[word] |= mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Test(ulong hash, ulong tag)
    {
        var (word, mask) = Probe(hash, tag);
        return (_bits[word] & mask) == mask;
    }

    /// <summary>
    /// A blocked filter: a key's probes all fall in one 64-bit word, so a test costs one memory read (a scan tests most
    /// characters of the text). The word comes from the low bits of one mixed 64-bit value, the six bits within it from
    /// six 6-bit fields of its high bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (long Word, ulong Mask) Probe(ulong hash, ulong tag)
    {
        // SplitMix64's finaliser: FNV's low bits are weak on their own.
        var mixed = hash ^ tag;
        mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL;
        mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
        mixed ^= mixed >> 31;
        var mask = 0UL;
        for (var i = 0; i < Probes; i++)
        {
            mask |= 1UL << (int)((mixed >> (28 + (6 * i))) & 63);
        }

        return ((long)(mixed & _wordMask), mask);
    }
}
