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

    // Keys, children and the hash shift are replaced together when the table grows, so a reader on another thread
    // (a trie snapshot matching while its learned layer grows, see CharTrie.AppendShared) always probes one consistent table.
    private Slots _slots;

    public EdgeTable(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _slots = new Slots(size);
    }

    private EdgeTable(EdgeTable other)
    {
        _slots = other._slots.Copy();
        Count = other.Count;
    }

    public int Count { get; private set; }

    /// <summary>An independent copy: adding to it leaves this table unchanged.</summary>
    public EdgeTable Copy() => new(this);

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        var slots = Volatile.Read(ref _slots);
        var key = ((long)node << 16) | c;
        var keys = slots.Keys;
        var mask = keys.Length - 1;
        var slot = slots.Slot(key);
        while (true)
        {
            var found = Volatile.Read(ref keys[slot]);
            if (found == key)
            {
                return slots.Children[slot];
            }

            if (found == Empty)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Adds an edge that is not in the table yet (one writer at a time).</summary>
    public void Add(int node, char c, int child)
    {
        if ((Count + 1) * 2 > _slots.Keys.Length)
        {
            var grown = new Slots(_slots.Keys.Length * 2);
            var (keys, children) = (_slots.Keys, _slots.Children);
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] != Empty)
                {
                    grown.Place(keys[i], children[i]);
                }
            }

            Volatile.Write(ref _slots, grown);
        }

        _slots.Place(((long)node << 16) | c, child);
        Count++;
    }

    private sealed class Slots
    {
        public readonly long[] Keys;
        public readonly int[] Children;
        private readonly int _shift;

        public Slots(int size)
        {
            Keys = new long[size];
            Array.Fill(Keys, Empty);
            Children = new int[size];
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        }

        private Slots(long[] keys, int[] children, int shift)
        {
            Keys = keys;
            Children = children;
            _shift = shift;
        }

        public Slots Copy() => new((long[])Keys.Clone(), (int[])Children.Clone(), _shift);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> _shift);

        /// <summary>Writes the child before the key: a reader that sees the key sees its child.</summary>
        public void Place(long key, int child)
        {
            var mask = Keys.Length - 1;
            var slot = Slot(key);
            while (Keys[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            Children[slot] = child;
            Volatile.Write(ref Keys[slot], key);
        }
    }
}
