namespace Tupu.Bolt.Tests.Values;

/// <summary>Values print as ISO-8601 (the graph writer stores and shows them as text).</summary>
public sealed class TemporalTextTests
{
    [Fact]
    public void Temporal_values_print_as_iso_8601()
    {
        Assert.Equal("2024-04-06", new Date(19819).ToString());
        Assert.Equal("12:00:00", new LocalTime(12L * 3600 * 1_000_000_000).ToString());
        Assert.Equal("00:00:00.000000001", new LocalTime(1).ToString());
        Assert.Equal("12:00:00.5+02:00", new Time((12L * 3600 * 1_000_000_000) + 500_000_000, 7200).ToString());
        Assert.Equal("00:00:00-05:30", new Time(0, -19800).ToString());
        Assert.Equal("2024-04-06T10:00:00", new LocalDateTime(1712397600, 0).ToString());
        Assert.Equal("2024-04-06T12:00:00.25+02:00", new ZonedDateTime(1712397600, 250_000_000, 7200).ToString());
        Assert.Equal("2024-07-01T12:00:00+02:00[Europe/Berlin]", new ZonedDateTime(1719828000, 0, 7200, "Europe/Berlin").ToString());
        Assert.Equal("1970-01-01T00:00:00Z", new ZonedDateTime(0, 0, 0).ToString());
        Assert.Equal("P14M2DT86415.000001S", new Duration(14, 2, 86415, 1000).ToString());
        Assert.Equal("P0M0DT-0.5S", new Duration(0, 0, -1, 500_000_000).ToString());
        Assert.Equal("point({srid:4326, x:116.4, y:39.9})", new Point(4326, 116.4, 39.9).ToString());
        Assert.Equal("point({srid:9157, x:1, y:2, z:3.5})", new Point(9157, 1, 2, 3.5).ToString());
    }

    [Fact]
    public void Values_beyond_dotnet_ranges_still_print()
    {
        Assert.Contains("EpochDays", new Date(long.MaxValue / 2).ToString(), StringComparison.Ordinal);
        Assert.Contains("EpochSeconds", new LocalDateTime(long.MaxValue / 2, 0).ToString(), StringComparison.Ordinal);
        Assert.Contains("EpochSeconds", new ZonedDateTime(long.MinValue / 2, 0, 0).ToString(), StringComparison.Ordinal);
    }
}
