using System.Globalization;

namespace Tupu.Bolt.PackStream;

/// <summary>
/// Decodes Bolt's value structures. Both the Bolt 5 and the 4.4 shapes are accepted whatever version was agreed
/// (their signatures or field counts tell them apart), so one reader serves every connection.
/// </summary>
internal sealed partial class PackStreamReader
{
    private object ReadStructure(int fieldCount, byte signature, int depth)
    {
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = ReadValue(depth + 1);
        }

        return signature switch
        {
            StructSignature.Node => ToNode(fields),
            StructSignature.Relationship => ToRelationship(fields),
            StructSignature.UnboundRelationship => ToUnbound(fields),
            StructSignature.Path => ToPath(fields),
            StructSignature.Date => new Date(Long(Expect(fields, 1, "Date"), 0)),
            StructSignature.LocalTime => new LocalTime(Long(Expect(fields, 1, "LocalTime"), 0)),
            StructSignature.Time => new Time(Long(Expect(fields, 2, "Time"), 0), Int(fields, 1)),
            StructSignature.LocalDateTime => new LocalDateTime(Long(Expect(fields, 2, "LocalDateTime"), 0), Int(fields, 1)),
            StructSignature.DateTime => new ZonedDateTime(Long(Expect(fields, 3, "DateTime"), 0), Int(fields, 1), Int(fields, 2)),
            StructSignature.LegacyDateTime => ToLegacyDateTime(Expect(fields, 3, "legacy DateTime")),
            StructSignature.DateTimeZoneId => ToZoned(Expect(fields, 3, "DateTimeZoneId"), secondsAreUtc: true),
            StructSignature.LegacyDateTimeZoneId => ToZoned(Expect(fields, 3, "legacy DateTimeZoneId"), secondsAreUtc: false),
            StructSignature.Duration => new Duration(Long(Expect(fields, 4, "Duration"), 0), Long(fields, 1), Long(fields, 2), Int(fields, 3)),
            StructSignature.Point2D => new Point(Int(Expect(fields, 3, "Point2D"), 0), Double(fields, 1), Double(fields, 2)),
            StructSignature.Point3D => new Point(Int(Expect(fields, 4, "Point3D"), 0), Double(fields, 1), Double(fields, 2), Double(fields, 3)),
            _ => throw new ProtocolException($"Unknown structure signature 0x{signature:X2} with {fieldCount} fields."),
        };
    }

    private static Node ToNode(object?[] f)
    {
        // Bolt 4.4: id, labels, properties. Bolt 5 adds element_id.
        ExpectEither(f, 3, 4, "Node");
        var id = Long(f, 0);
        var labels = List(f, 1).Select(l => l as string ?? throw new ProtocolException("A node label is not a string.")).ToList();
        return new Node(id, ElementId(f, 3, id), labels, Map(f, 2));
    }

    private static Relationship ToRelationship(object?[] f)
    {
        // Bolt 4.4: id, start, end, type, properties. Bolt 5 adds three element ids.
        ExpectEither(f, 5, 8, "Relationship");
        var (id, start, end) = (Long(f, 0), Long(f, 1), Long(f, 2));
        return new Relationship(id, ElementId(f, 5, id), start, ElementId(f, 6, start), end, ElementId(f, 7, end), String(f, 3), Map(f, 4));
    }

    private static UnboundRelationship ToUnbound(object?[] f)
    {
        ExpectEither(f, 3, 4, "UnboundRelationship");
        var id = Long(f, 0);
        return new UnboundRelationship(id, ElementId(f, 3, id), String(f, 1), Map(f, 2));
    }

    private static Path ToPath(object?[] f)
    {
        Expect(f, 3, "Path");
        var nodes = List(f, 0).Select(n => n as Node ?? throw new ProtocolException("A path lists something other than a node.")).ToList();
        var rels = List(f, 1).Select(r => r as UnboundRelationship ?? throw new ProtocolException("A path lists something other than a relationship.")).ToList();
        var indices = List(f, 2);
        if (nodes.Count == 0 || indices.Count % 2 != 0)
        {
            throw new ProtocolException("A path needs at least one node and pairs of indices.");
        }

        var pathNodes = new List<Node>(indices.Count / 2 + 1) { nodes[0] };
        var pathRels = new List<Relationship>(indices.Count / 2);
        for (var i = 0; i < indices.Count; i += 2)
        {
            if (indices[i] is not long relIndex || indices[i + 1] is not long nodeIndex
                || relIndex == 0 || Math.Abs(relIndex) > rels.Count || nodeIndex < 0 || nodeIndex >= nodes.Count)
            {
                throw new ProtocolException("A path index points outside its node or relationship list.");
            }

            var previous = pathNodes[^1];
            var next = nodes[(int)nodeIndex];
            var rel = rels[(int)Math.Abs(relIndex) - 1];
            pathRels.Add(relIndex > 0 ? rel.Bind(previous, next) : rel.Bind(next, previous));
            pathNodes.Add(next);
        }

        return new Path(pathNodes, pathRels);
    }

    private static ZonedDateTime ToLegacyDateTime(object?[] f)
    {
        // Legacy seconds count local time: subtract the offset to get UTC.
        var offset = Int(f, 2);
        return new ZonedDateTime(Long(f, 0) - offset, Int(f, 1), offset);
    }

    private static ZonedDateTime ToZoned(object?[] f, bool secondsAreUtc)
    {
        var seconds = Long(f, 0);
        var zoneId = String(f, 2);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw new ProtocolException($"Unknown time zone '{zoneId}'.");
        }

        try
        {
            var instant = DateTime.UnixEpoch.AddSeconds(seconds);
            int offset;
            if (secondsAreUtc)
            {
                offset = (int)zone.GetUtcOffset(new DateTimeOffset(instant, TimeSpan.Zero)).TotalSeconds;
            }
            else
            {
                // An ambiguous local time (clocks going back) resolves to the standard offset, as the JVM does not;
                // Bolt 5 removed this ambiguity, which is why the UTC forms exist.
                offset = (int)zone.GetUtcOffset(DateTime.SpecifyKind(instant, DateTimeKind.Unspecified)).TotalSeconds;
                seconds -= offset;
            }

            return new ZonedDateTime(seconds, Int(f, 1), offset, zoneId);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ProtocolException($"Date-time {seconds.ToString(CultureInfo.InvariantCulture)}s in zone '{zoneId}' is outside the supported range.", ex);
        }
    }

    private static object?[] Expect(object?[] fields, int count, string name) =>
        fields.Length == count ? fields : throw new ProtocolException($"{name} structure has {fields.Length} fields, expected {count}.");

    private static void ExpectEither(object?[] fields, int legacy, int current, string name)
    {
        if (fields.Length != legacy && fields.Length != current)
        {
            throw new ProtocolException($"{name} structure has {fields.Length} fields, expected {legacy} or {current}.");
        }
    }

    private static string ElementId(object?[] f, int index, long legacyId) =>
        f.Length > index ? String(f, index) : legacyId.ToString(CultureInfo.InvariantCulture);

    private static long Long(object?[] f, int i) => f[i] as long? ?? throw new ProtocolException($"Structure field {i} is not an integer.");

    private static int Int(object?[] f, int i) =>
        Long(f, i) is var v && v is >= int.MinValue and <= int.MaxValue ? (int)v : throw new ProtocolException($"Structure field {i} is out of range.");

    private static double Double(object?[] f, int i) => f[i] as double? ?? throw new ProtocolException($"Structure field {i} is not a float.");

    private static string String(object?[] f, int i) => f[i] as string ?? throw new ProtocolException($"Structure field {i} is not a string.");

    private static List<object?> List(object?[] f, int i) => f[i] as List<object?> ?? throw new ProtocolException($"Structure field {i} is not a list.");

    private static Dictionary<string, object?> Map(object?[] f, int i) =>
        f[i] as Dictionary<string, object?> ?? throw new ProtocolException($"Structure field {i} is not a map.");
}
