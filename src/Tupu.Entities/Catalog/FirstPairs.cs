using System.Runtime.CompilerServices;
using Tupu.Entities.Automaton;

namespace Tupu.Entities.Catalog;

/// <summary>
/// The first two characters of a set of keys, hashed into 2^20 bits (128 KB, small enough to stay in the processor's
/// cache), and the one-character keys. A scan that found a key's first character at a text position asks here before
/// it tests the text's prefixes in <see cref="KeyFilter"/>'s megabytes, where every test is a cache miss: of the
/// positions whose first character starts some name, most stop here.
/// </summary>
internal sealed class FirstPairs
{
    private const int PairBits = 20;
    private readonly ulong[] _pairs;
    private readonly ulong[] _singles;

    public FirstPairs()
    {
        _pairs = new ulong[(1 << PairBits) / 64];
        _singles = new ulong[65536 / 64];
    }

    /// <summary>Adds a key's start.</summary>
    public void Add(ReadOnlySpan<char> key)
    {
        if (key.Length == 1)
        {
            _singles[key[0] >> 6] |= 1UL << (key[0] & 63);
        }
        else if (key.Length > 1)
        {
            var pair = PairBit(key[0], key[1]);
            _pairs[pair >> 6] |= 1UL << (int)(pair & 63);
        }
    }

    /// <summary>
    /// Whether some key may start with <paramref name="first"/> followed by <paramref name="second"/>, or be
    /// <paramref name="first"/> alone (the only chance when <paramref name="hasSecond"/> is false: the text ends).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStart(char first, char second, bool hasSecond)
    {
        if ((_singles[first >> 6] & (1UL << (first & 63))) != 0)
        {
            return true;
        }

        var pair = PairBit(first, second);
        return hasSecond && (_pairs[pair >> 6] & (1UL << (int)(pair & 63))) != 0;
    }

    /// <summary>As <see cref="MayStart"/> at a text position whose folded character is <paramref name="folded"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartAt(string text, int start, char folded)
    {
        var hasSecond = start + 1 < text.Length;
        return MayStart(folded, hasSecond ? NameKeys.Fold(text[start + 1]) : '\0', hasSecond);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint PairBit(char first, char second) => (((uint)first << 16) | second) * 0x9E3779B1u >> (32 - PairBits);
}
