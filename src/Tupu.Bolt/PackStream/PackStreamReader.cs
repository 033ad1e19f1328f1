using System.Buffers.Binary;
using System.Text;

namespace Tupu.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 from one complete message. On any malformed input it throws <see cref="ProtocolException"/>
/// and nothing else: sizes are checked against the bytes left before anything is allocated, and nesting is
/// bounded so hostile input cannot exhaust the stack.
/// </summary>
internal sealed partial class PackStreamReader(ReadOnlyMemory<byte> data)
{
    /// <summary>Deepest nesting of lists, maps and structures accepted.</summary>
    public const int MaxDepth = 64;

    private int _position;

    public bool AtEnd => _position >= data.Length;

    public int Position => _position;

    public object? ReadValue() => ReadValue(0);

    /// <summary>Reads a structure header: field count and signature.</summary>
    public (int FieldCount, byte Signature) ReadStructHeader()
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != Marker.TinyStruct)
        {
            throw new ProtocolException($"Expected a structure, found marker 0x{marker:X2} at byte {_position - 1}.");
        }

        return (marker & 0x0F, ReadByte());
    }

    private object? ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ProtocolException($"Values nested deeper than {MaxDepth} levels.");
        }

        var marker = ReadByte();
        var high = marker & 0xF0;
        switch (high)
        {
            case 0x80: return ReadString(marker & 0x0F);
            case 0x90: return ReadList(marker & 0x0F, depth);
            case 0xA0: return ReadMap(marker & 0x0F, depth);
            case 0xB0: return ReadStructure(marker & 0x0F, ReadByte(), depth);
            case 0xF0: return (long)(sbyte)marker;
        }

        if (marker <= 0x7F)
        {
            return (long)marker;
        }

        return marker switch
        {
            Marker.Null => null,
            Marker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            Marker.False => false,
            Marker.True => true,
            Marker.Int8 => (long)(sbyte)ReadByte(),
            Marker.Int16 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            Marker.Int32 => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            Marker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            Marker.Bytes8 or Marker.Bytes16 or Marker.Bytes32 => Take(ReadSize(marker - Marker.Bytes8)).ToArray(),
            Marker.String8 or Marker.String16 or Marker.String32 => ReadString(ReadSize(marker - Marker.String8)),
            Marker.List8 or Marker.List16 or Marker.List32 => ReadList(ReadSize(marker - Marker.List8), depth),
            Marker.Map8 or Marker.Map16 or Marker.Map32 => ReadMap(ReadSize(marker - Marker.Map8), depth),
            _ => throw new ProtocolException($"Unknown PackStream marker 0x{marker:X2} at byte {_position - 1}."),
        };
    }

    /// <summary>Reads the size that follows an 8-, 16- or 32-bit marker (width 0, 1, 2).</summary>
    private int ReadSize(int width)
    {
        long size = width switch
        {
            0 => ReadByte(),
            1 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            _ => BinaryPrimitives.ReadUInt32BigEndian(Take(4)),
        };
        if (size > data.Length - _position)
        {
            // Every item takes at least one byte, so a size beyond the bytes left is a lie whatever the type.
            throw new ProtocolException($"Size {size} exceeds the {data.Length - _position} bytes left in the message.");
        }

        return (int)size;
    }

    private string ReadString(int length) => Encoding.UTF8.GetString(Take(length));

    private List<object?> ReadList(int count, int depth)
    {
        EnsureLeft(count);
        var list = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue(depth + 1));
        }

        return list;
    }

    private Dictionary<string, object?> ReadMap(int count, int depth)
    {
        EnsureLeft(count * 2L);
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (ReadValue(depth + 1) is not string key)
            {
                throw new ProtocolException("A map key is not a string.");
            }

            // The spec says a repeated key keeps the last value.
            map[key] = ReadValue(depth + 1);
        }

        return map;
    }

    private void EnsureLeft(long minimumBytes)
    {
        if (minimumBytes > data.Length - _position)
        {
            throw new ProtocolException($"Collection of {minimumBytes} items exceeds the {data.Length - _position} bytes left in the message.");
        }
    }

    private byte ReadByte()
    {
        if (_position >= data.Length)
        {
            throw new ProtocolException("Message ended in the middle of a value.");
        }

        return data.Span[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > data.Length - _position)
        {
            throw new ProtocolException("Message ended in the middle of a value.");
        }

        var span = data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
