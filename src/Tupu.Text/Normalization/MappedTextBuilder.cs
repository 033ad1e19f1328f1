using Tupu.Domain.Text;

namespace Tupu.Text.Normalization;

/// <summary>
/// A growing text in which every character remembers the source range [start, end) it came from.
/// Each normalisation pass reads one and writes the next, so offsets compose as the passes run.
/// </summary>
internal sealed class MappedTextBuilder
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    public MappedTextBuilder(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity];
        _starts = new int[capacity];
        _ends = new int[capacity];
    }

    public int Length { get; private set; }

    /// <summary>How many characters fit before the arrays grow.</summary>
    public int Capacity => _chars.Length;

    /// <summary>Empties the builder for reuse, with room for at least <paramref name="capacity"/> characters.</summary>
    public MappedTextBuilder Reset(int capacity)
    {
        if (_chars.Length < capacity)
        {
            _chars = new char[capacity];
            _starts = new int[capacity];
            _ends = new int[capacity];
        }

        // Nothing at or past Length is ever read, so the old contents need no clearing.
        Length = 0;
        return this;
    }

    public char this[int index] => _chars[index];

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    public int StartOf(int index) => _starts[index];

    public int EndOf(int index) => _ends[index];

    /// <summary>Source end of the last character, or 0 when empty.</summary>
    public int LastEnd => Length == 0 ? 0 : _ends[Length - 1];

    public void Append(char c, int start, int end)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }

        _chars[Length] = c;
        _starts[Length] = start;
        _ends[Length] = Math.Max(start, end);
        Length++;
    }

    /// <summary>Appends the characters [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="source"/> with their source ranges.</summary>
    public void AppendRange(MappedTextBuilder source, int from, int to)
    {
        var count = to - from;
        while (Length + count > _chars.Length)
        {
            Grow();
        }

        // A builder's ends are never below its starts, so they copy as Append would store them.
        Array.Copy(source._chars, from, _chars, Length, count);
        Array.Copy(source._starts, from, _starts, Length, count);
        Array.Copy(source._ends, from, _ends, Length, count);
        Length += count;
    }

    /// <summary>Drops characters from <paramref name="length"/> on.</summary>
    public void Truncate(int length) => Length = Math.Min(Length, length);

    public string Slice(int start, int end) => new(_chars, start, end - start);

    public override string ToString() => new(_chars, 0, Length);

    /// <summary>
    /// The offset map of this text into a source of <paramref name="sourceLength"/> characters, with each character's
    /// source end, so a span never reaches into dropped text (a gloss, a link target, a footer).
    /// </summary>
    public OffsetMap ToOffsetMap(int sourceLength)
    {
        var offsets = new int[Length + 1];
        Array.Copy(_starts, offsets, Length);
        offsets[Length] = Math.Min(sourceLength, Math.Max(LastEnd, Length == 0 ? 0 : _starts[Length - 1]));
        var ends = new int[Length];
        Array.Copy(_ends, ends, Length);
        return new OffsetMap(offsets, ends, sourceLength);
    }

    private void Grow()
    {
        var size = _chars.Length * 2;
        Array.Resize(ref _chars, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
}
