using System.Collections;

namespace Tupu.Bolt.PackStream;

/// <summary>Maps .NET values (parameters, and the driver's own value types) to PackStream.</summary>
internal sealed partial class PackStreamWriter
{
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: Write(b); break;
            case long l: Write(l); break;
            case int i: Write(i); break;
            case short s: Write(s); break;
            case sbyte sb: Write(sb); break;
            case byte by: Write(by); break;
            case ushort us: Write(us); break;
            case uint ui: Write(ui); break;
            case ulong ul when ul <= long.MaxValue: Write((long)ul); break;
            case double d: Write(d); break;
            case float f: Write(f); break;
            case string str: Write(str); break;
            case char c: Write(c.ToString()); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> memory: WriteBytes(memory.Span); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IDictionary<string, object?> map: WriteMap(map); break;
            case IDictionary map: WriteLegacyMap(map); break;
            case Node node: WriteNode(node); break;
            case Relationship rel: WriteRelationship(rel); break;
            case UnboundRelationship rel: WriteUnbound(rel); break;
            case Path path: WritePath(path); break;
            case Date date: WriteStruct(StructSignature.Date, date.EpochDays); break;
            case LocalTime t: WriteStruct(StructSignature.LocalTime, t.NanosecondOfDay); break;
            case Time t: WriteStruct(StructSignature.Time, t.NanosecondOfDay, t.OffsetSeconds); break;
            case LocalDateTime dt: WriteStruct(StructSignature.LocalDateTime, dt.EpochSeconds, dt.Nanosecond); break;
            case ZonedDateTime zdt: WriteZoned(zdt); break;
            case Duration d: WriteStruct(StructSignature.Duration, d.Months, d.Days, d.Seconds, d.Nanoseconds); break;
            case Point p: WritePoint(p); break;
            case DateOnly d: WriteValue(Date.FromDateOnly(d)); break;
            case TimeOnly t: WriteValue(LocalTime.FromTimeOnly(t)); break;
            case DateTimeOffset dto: WriteValue(ZonedDateTime.FromDateTimeOffset(dto)); break;
            case DateTime dt when dt.Kind == DateTimeKind.Utc: WriteValue(ZonedDateTime.FromDateTimeOffset(new DateTimeOffset(dt))); break;
            case DateTime dt: WriteValue(LocalDateTime.FromDateTime(dt)); break;
            case TimeSpan ts: WriteValue(Duration.FromTimeSpan(ts)); break;
            case IEnumerable list: WriteList(list); break;
            default:
                throw new ClientException("Tupu.ClientError.UnsupportedValue", $"Values of type {value.GetType().Name} cannot be sent to the server.");
        }
    }

    private void WriteMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var entries = map as IReadOnlyCollection<KeyValuePair<string, object?>> ?? map.ToList();
        WriteMapHeader(entries.Count);
        foreach (var (key, item) in entries)
        {
            Write(key);
            WriteValue(item);
        }
    }

    private void WriteLegacyMap(IDictionary map)
    {
        WriteMapHeader(map.Count);
        foreach (DictionaryEntry entry in map)
        {
            Write(entry.Key as string ?? throw new ClientException("Tupu.ClientError.UnsupportedValue", "Map keys must be strings."));
            WriteValue(entry.Value);
        }
    }

    private void WriteList(IEnumerable list)
    {
        var items = list.Cast<object?>().ToList();
        WriteListHeader(items.Count);
        foreach (var item in items)
        {
            WriteValue(item);
        }
    }

    private void WriteStruct(byte signature, params long[] fields)
    {
        WriteStructHeader(fields.Length, signature);
        foreach (var field in fields)
        {
            Write(field);
        }
    }

    private void WriteZoned(ZonedDateTime value)
    {
        // Bolt 4.4 without the utc patch counts local seconds (UTC + offset) in its legacy structures.
        var seconds = UtcDateTime ? value.EpochSeconds : value.EpochSeconds + value.OffsetSeconds;
        if (value.ZoneId is { } zone)
        {
            WriteStructHeader(3, UtcDateTime ? StructSignature.DateTimeZoneId : StructSignature.LegacyDateTimeZoneId);
            Write(seconds);
            Write(value.Nanosecond);
            Write(zone);
        }
        else
        {
            WriteStruct(UtcDateTime ? StructSignature.DateTime : StructSignature.LegacyDateTime, seconds, value.Nanosecond, value.OffsetSeconds);
        }
    }

    private void WritePoint(Point p)
    {
        WriteStructHeader(p.Z is null ? 3 : 4, p.Z is null ? StructSignature.Point2D : StructSignature.Point3D);
        Write(p.Srid);
        Write(p.X);
        Write(p.Y);
        if (p.Z is { } z)
        {
            Write(z);
        }
    }

    private void WriteNode(Node node)
    {
        WriteStructHeader(4, StructSignature.Node);
        Write(node.Id);
        WriteValue(node.Labels);
        WriteMap(node.Properties);
        Write(node.ElementId);
    }

    private void WriteRelationship(Relationship rel)
    {
        WriteStructHeader(8, StructSignature.Relationship);
        Write(rel.Id);
        Write(rel.StartNodeId);
        Write(rel.EndNodeId);
        Write(rel.Type);
        WriteMap(rel.Properties);
        Write(rel.ElementId);
        Write(rel.StartNodeElementId);
        Write(rel.EndNodeElementId);
    }

    private void WriteUnbound(UnboundRelationship rel)
    {
        WriteStructHeader(4, StructSignature.UnboundRelationship);
        Write(rel.Id);
        Write(rel.Type);
        WriteMap(rel.Properties);
        Write(rel.ElementId);
    }

    private void WritePath(Path path)
    {
        // The wire form lists each node and relationship once and walks them with indices:
        // relationship index (1-based, negative when walked against its direction), then node index.
        var nodes = path.Nodes.DistinctBy(n => n.Id).ToList();
        var rels = path.Relationships.DistinctBy(r => r.Id).ToList();
        var indices = new List<long>(path.Relationships.Count * 2);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var relIndex = rels.FindIndex(r => r.Id == rel.Id) + 1;
            indices.Add(rel.StartNodeId == path.Nodes[i].Id ? relIndex : -relIndex);
            indices.Add(nodes.FindIndex(n => n.Id == path.Nodes[i + 1].Id));
        }

        WriteStructHeader(3, StructSignature.Path);
        WriteListHeader(nodes.Count);
        nodes.ForEach(WriteNode);
        WriteListHeader(rels.Count);
        rels.ForEach(r => WriteUnbound(new UnboundRelationship(r.Id, r.ElementId, r.Type, r.Properties)));
        WriteValue(indices);
    }
}
