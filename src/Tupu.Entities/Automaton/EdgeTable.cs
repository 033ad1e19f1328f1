using System.Runtime.CompilerServices;

namespace Tupu.Entities.Automaton;

/// <summary>
/// The edges of a <see cref="CharTrie"/>: (node, character) → child node, in one open-addressing table of two flat
/// arrays. A lookup is a multiply and, most often, one probe; a copy (to extend a trie without changing it) is two
/// block copies, where a <see cref="Dictionary{TKey, TValue}"/> rehashed or copied entry by entry.
/// </summary>
internal sealed class EdgeTable
{
    private const long Empty = -1;

    private long[] _keys;
    private int[] _children;
    private int _shift;

    public EdgeTable(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _keys = new long[size];
        Array.Fill(_keys, Empty);
        _children = new int[size];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    private EdgeTable(EdgeTable other)
    {
        _keys = (long[])other._keys.Clone();
        _children = (int[])other._children.Clone();
        _shift = other._shift;
        Count = other.Count;
    }

    public int Count { get; private set; }

    /// <summary>An independent copy: adding to it leaves this table unchanged.</summary>
    public EdgeTable Copy() => new(this);

    public static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        var key = Key(node, c);
        var keys = _keys;
        var mask = keys.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var found = keys[slot];
            if (found == key)
            {
                return _children[slot];
            }

            if (found == Empty)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds an edge that is not in the table yet.</summary>
    public void Add(int node, char c, int child)
    {
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Place(Key(node, c), child);
        Count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> _shift);

    private void Place(long key, int child)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key);
        while (_keys[slot] != Empty)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _children[slot] = child;
    }

    private void Grow()
    {
        var (keys, children) = (_keys, _children);
        _keys = new long[keys.Length * 2];
        Array.Fill(_keys, Empty);
        _children = new int[keys.Length * 2];
        _shift--;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != Empty)
            {
                Place(keys[i], children[i]);
            }
        }
    }
}
