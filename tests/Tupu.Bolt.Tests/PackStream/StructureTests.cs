using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.PackStream;

/// <summary>Graph, temporal and spatial structures, from hand-written bytes and back.</summary>
public sealed class StructureTests
{
    private static readonly Dictionary<string, object?> NoProps = [];

    [Fact]
    public void Node_in_bolt5_form()
    {
        // B4 4E: id 1, labels ["Org"], {name: "OpenAI"}, element id "4:x:1"
        var node = Assert.IsType<Node>(Hex.Unpack(Hex.Bytes("B4 4E 01 91 834F7267 A1 846E616D65 864F70656E4149 85 343A783A31")));
        Assert.Equal(1L, node.Id);
        Assert.Equal("4:x:1", node.ElementId);
        Assert.Equal(["Org"], node.Labels);
        Assert.Equal("OpenAI", node.Properties["name"]);
    }

    [Fact]
    public void Node_in_bolt44_form_gets_its_id_as_element_id()
    {
        var node = Assert.IsType<Node>(Hex.Unpack(Hex.Bytes("B3 4E 2A 90 A0")));
        Assert.Equal(42L, node.Id);
        Assert.Equal("42", node.ElementId);
        Assert.Empty(node.Labels);
    }

    [Fact]
    public void Relationship_in_both_forms()
    {
        // 4.4: id 7, start 1, end 2, type "X", {}
        var legacy = Assert.IsType<Relationship>(Hex.Unpack(Hex.Bytes("B5 52 07 01 02 8158 A0")));
        Assert.Equal((7L, "7", 1L, "1", 2L, "2", "X"), (legacy.Id, legacy.ElementId, legacy.StartNodeId, legacy.StartNodeElementId, legacy.EndNodeId, legacy.EndNodeElementId, legacy.Type));

        var current = Assert.IsType<Relationship>(Hex.Unpack(Hex.Bytes("B8 52 07 01 02 8158 A0 8172 8161 8162")));
        Assert.Equal(("r", "a", "b"), (current.ElementId, current.StartNodeElementId, current.EndNodeElementId));
    }

    [Fact]
    public void Path_binds_relationships_in_walk_direction()
    {
        // (a)-[r1]->(b)<-[r2]-(c): indices [1, 1, -2, 2]
        var a = new Node(1, "a", [], NoProps);
        var b = new Node(2, "b", [], NoProps);
        var c = new Node(3, "c", [], NoProps);
        var bytes = Hex.Pack(w =>
        {
            w.WriteStructHeader(3, (byte)'P');
            w.WriteValue(new List<object?> { a, b, c });
            w.WriteValue(new List<object?> { new UnboundRelationship(10, "r1", "KNOWS", NoProps), new UnboundRelationship(11, "r2", "KNOWS", NoProps) });
            w.WriteValue(new List<object?> { 1L, 1L, -2L, 2L });
        });

        var path = Assert.IsType<Path>(Hex.Unpack(bytes));
        Assert.Equal([1L, 2L, 3L], path.Nodes.Select(n => n.Id));
        Assert.Equal((1L, 2L), (path.Relationships[0].StartNodeId, path.Relationships[0].EndNodeId));
        Assert.Equal((3L, 2L), (path.Relationships[1].StartNodeId, path.Relationships[1].EndNodeId));
        Assert.Equal("c", path.Relationships[1].StartNodeElementId);
        Assert.Same(path.Start, path.Nodes[0]);
        Assert.Equal(3L, path.End.Id);
    }

    [Fact]
    public void Path_round_trips_including_a_repeated_node()
    {
        var a = new Node(1, "a", ["A"], NoProps);
        var b = new Node(2, "b", ["B"], NoProps);
        var r = new Relationship(5, "r", 1, "a", 2, "b", "T", NoProps);
        var back = new Relationship(6, "s", 1, "a", 2, "b", "T", NoProps);
        var path = new Path([a, b, a], [r, back]);

        var read = Assert.IsType<Path>(Hex.Unpack(Hex.Pack(path)));
        Assert.Equal([1L, 2L, 1L], read.Nodes.Select(n => n.Id));
        Assert.Equal([(1L, 2L), (1L, 2L)], read.Relationships.Select(x => (x.StartNodeId, x.EndNodeId)));
    }

    [Theory]
    [InlineData("B3 50 90 90 90")] // no nodes
    [InlineData("B3 50 91 B3 4E 01 90 A0 90 91 01")] // odd indices
    [InlineData("B3 50 91 B3 4E 01 90 A0 90 92 01 00")] // relationship 1 of none
    [InlineData("B3 50 91 01 90 90")] // a node that is not a node
    public void Malformed_paths_are_protocol_errors(string hex) =>
        Assert.Throws<ProtocolException>(() => Hex.Unpack(Hex.Bytes(hex)));

    [Theory]
    [InlineData("B1 44 C9 4D6B", "Date")] // 19819 days: 2024-04-06
    [InlineData("B1 74 CB 00000A7A3528C000", "LocalTime")]
    [InlineData("B2 54 01 C9 0E10", "Time")]
    [InlineData("B2 64 CA 66116E80 00", "LocalDateTime")]
    [InlineData("B4 45 0E 02 CA 0001518F C9 03E8", "Duration")]
    [InlineData("B3 58 C9 10E6 C1 3FF0000000000000 C1 4000000000000000", "Point")]
    [InlineData("B4 59 C9 1C23 C1 3FF0000000000000 C1 4000000000000000 C1 4008000000000000", "Point")]
    public void Temporal_and_spatial_round_trip_byte_exact(string hex, string typeName)
    {
        var value = Hex.Unpack(Hex.Bytes(hex));
        Assert.Equal(typeName, value!.GetType().Name);
        Assert.Equal(Hex.Of(Hex.Bytes(hex)), Hex.Of(Hex.Pack(value)));
    }

    [Fact]
    public void Temporal_values_convert_to_dotnet()
    {
        Assert.Equal(new DateOnly(2024, 4, 6), ((Date)Hex.Unpack(Hex.Bytes("B1 44 C9 4D6B"))!).ToDateOnly());
        Assert.Equal(new TimeOnly(3, 4, 5), new LocalTime(((3 * 3600) + (4 * 60) + 5) * 1_000_000_000L).ToTimeOnly());
        var point3d = (Point)Hex.Unpack(Hex.Bytes("B4 59 C9 1C23 C1 3FF0000000000000 C1 4000000000000000 C1 4008000000000000"))!;
        Assert.Equal(new Point(7203, 1, 2, 3), point3d);
        var duration = (Duration)Hex.Unpack(Hex.Bytes("B4 45 0E 02 CA 0001518F C9 03E8"))!;
        Assert.Equal(new Duration(14, 2, 86415, 1000), duration);
    }

    [Fact]
    public void DateTime_with_offset_bolt5_utc_form()
    {
        // 2024-04-06T12:00:00+02:00 = 10:00 UTC = 1712397600
        var bytes = Hex.Bytes("B3 49 CA 66111D20 00 C9 1C20");
        var value = Assert.IsType<ZonedDateTime>(Hex.Unpack(bytes));
        Assert.Equal(new ZonedDateTime(1712397600, 0, 7200), value);
        Assert.Equal(new DateTimeOffset(2024, 4, 6, 12, 0, 0, TimeSpan.FromHours(2)), value.ToDateTimeOffset());
        Assert.Equal(Hex.Of(bytes), Hex.Of(Hex.Pack(value, utc: true)));
    }

    [Fact]
    public void DateTime_with_offset_legacy_44_form_counts_local_seconds()
    {
        // Same instant, legacy: local seconds 1712404800 (12:00 wall clock).
        var bytes = Hex.Bytes("B3 46 CA 66113940 00 C9 1C20");
        var value = Assert.IsType<ZonedDateTime>(Hex.Unpack(bytes));
        Assert.Equal(new ZonedDateTime(1712397600, 0, 7200), value);
        Assert.Equal(Hex.Of(bytes), Hex.Of(Hex.Pack(value, utc: false)));
    }

    [Fact]
    public void DateTime_with_zone_id_in_both_forms()
    {
        // 2024-07-01T12:00 in Europe/Berlin (CEST, +02:00) = 10:00 UTC = 1719828000
        var utcForm = Hex.Pack(w =>
        {
            w.WriteStructHeader(3, (byte)'i');
            w.Write(1719828000);
            w.Write(5);
            w.Write("Europe/Berlin");
        });
        var legacyForm = Hex.Pack(w =>
        {
            w.WriteStructHeader(3, (byte)'f');
            w.Write(1719828000 + 7200);
            w.Write(5);
            w.Write("Europe/Berlin");
        });

        var expected = new ZonedDateTime(1719828000, 5, 7200, "Europe/Berlin");
        Assert.Equal(expected, Hex.Unpack(utcForm));
        Assert.Equal(expected, Hex.Unpack(legacyForm));
        Assert.Equal(Hex.Of(utcForm), Hex.Of(Hex.Pack(expected, utc: true)));
        Assert.Equal(Hex.Of(legacyForm), Hex.Of(Hex.Pack(expected, utc: false)));
    }

    [Fact]
    public void Unknown_zone_is_a_protocol_error()
    {
        var bytes = Hex.Pack(w =>
        {
            w.WriteStructHeader(3, (byte)'i');
            w.Write(0);
            w.Write(0);
            w.Write("Mars/Olympus_Mons");
        });
        Assert.Contains("Mars/Olympus_Mons", Assert.Throws<ProtocolException>(() => Hex.Unpack(bytes)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotnet_temporal_parameters_map_to_bolt_types()
    {
        Assert.Equal(Hex.Of(Hex.Bytes("B1 44 C9 4D6B")), Hex.Of(Hex.Pack(new DateOnly(2024, 4, 6))));
        Assert.Equal(Hex.Of(Hex.Bytes("B3 49 CA 66111D20 00 C9 1C20")), Hex.Of(Hex.Pack(new DateTimeOffset(2024, 4, 6, 12, 0, 0, TimeSpan.FromHours(2)))));
        Assert.Equal(Hex.Of(Hex.Bytes("B3 49 CA 66111D20 00 00")), Hex.Of(Hex.Pack(new DateTime(2024, 4, 6, 10, 0, 0, DateTimeKind.Utc))));
        Assert.Equal(Hex.Of(Hex.Bytes("B2 64 CA 66111D20 00")), Hex.Of(Hex.Pack(new DateTime(2024, 4, 6, 10, 0, 0, DateTimeKind.Unspecified))));
        Assert.Equal(new Duration(0, 0, 90, 500_000_000), Hex.Unpack(Hex.Pack(TimeSpan.FromSeconds(90.5))));
        Assert.Equal(new DateTime(1969, 12, 31, 23, 59, 59, 500, DateTimeKind.Unspecified),
            ((LocalDateTime)Hex.Unpack(Hex.Pack(new DateTime(1969, 12, 31, 23, 59, 59, 500, DateTimeKind.Unspecified)))!).ToDateTime());
    }

    [Theory]
    [InlineData("B2 44 01 02")] // Date with 2 fields
    [InlineData("B1 44 8161")] // Date with a string
    [InlineData("B3 58 01 02 03")] // Point with integer coordinates
    [InlineData("B1 5A 01")] // unknown signature
    [InlineData("B3 49 CB 7FFFFFFFFFFFFFFF 00 CB 7FFFFFFFFFFFFFFF")] // offset beyond int
    public void Malformed_structures_are_protocol_errors(string hex) =>
        Assert.Throws<ProtocolException>(() => Hex.Unpack(Hex.Bytes(hex)));
}
