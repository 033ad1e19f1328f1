using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Tupu.Bolt.PackStream;

/// <summary>
/// Writes PackStream v1 into a growable buffer, always choosing the smallest encoding (the byte-exact vectors in the
/// tests pin this down). <see cref="UtcDateTime"/> selects the Bolt 5 (UTC) or the 4.4 legacy DateTime structures.
/// </summary>
internal sealed partial class PackStreamWriter(IBufferWriter<byte> output, bool utcDateTime = true)
{
    public bool UtcDateTime { get; } = utcDateTime;

    public void WriteNull() => WriteByte(Marker.Null);

    public void Write(bool value) => WriteByte(value ? Marker.True : Marker.False);

    public void Write(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and < -16)
        {
            WriteByte(Marker.Int8);
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            WriteByte(Marker.Int16);
            BinaryPrimitives.WriteInt16BigEndian(output.GetSpan(2), (short)value);
            output.Advance(2);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            WriteByte(Marker.Int32);
            BinaryPrimitives.WriteInt32BigEndian(output.GetSpan(4), (int)value);
            output.Advance(4);
        }
        else
        {
            WriteByte(Marker.Int64);
            BinaryPrimitives.WriteInt64BigEndian(output.GetSpan(8), value);
            output.Advance(8);
        }
    }

    public void Write(double value)
    {
        WriteByte(Marker.Float64);

        // .NET's NaN has the sign bit set; write the canonical quiet NaN (as Java's doubleToLongBits does) so output is stable.
        BinaryPrimitives.WriteDoubleBigEndian(output.GetSpan(8), double.IsNaN(value) ? BitConverter.Int64BitsToDouble(0x7FF8000000000000) : value);
        output.Advance(8);
    }

    public void Write(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteHeader(length, Marker.TinyString, Marker.String8, Marker.String16, Marker.String32);
        var span = output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        output.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        // Byte arrays have no tiny form.
        WriteHeader(value.Length, null, Marker.Bytes8, Marker.Bytes16, Marker.Bytes32);
        value.CopyTo(output.GetSpan(value.Length));
        output.Advance(value.Length);
    }

    public void WriteListHeader(int count) => WriteHeader(count, Marker.TinyList, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) => WriteHeader(count, Marker.TinyMap, Marker.Map8, Marker.Map16, Marker.Map32);

    public void WriteStructHeader(int fieldCount, byte signature)
    {
        if (fieldCount is < 0 or > 15)
        {
            throw new ProtocolException($"A PackStream structure holds at most 15 fields, not {fieldCount}.");
        }

        WriteByte((byte)(Marker.TinyStruct | fieldCount));
        WriteByte(signature);
    }

    private void WriteHeader(int size, byte? tiny, byte marker8, byte marker16, byte marker32)
    {
        if (tiny is { } tinyMarker && size < 16)
        {
            WriteByte((byte)(tinyMarker | size));
        }
        else if (size <= byte.MaxValue)
        {
            WriteByte(marker8);
            WriteByte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteByte(marker16);
            BinaryPrimitives.WriteUInt16BigEndian(output.GetSpan(2), (ushort)size);
            output.Advance(2);
        }
        else
        {
            WriteByte(marker32);
            BinaryPrimitives.WriteInt32BigEndian(output.GetSpan(4), size);
            output.Advance(4);
        }
    }

    private void WriteByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
