namespace Tupu.Bolt;

/// <summary>
/// An instant with its zone (Cypher ZONED DATETIME). Always held in the Bolt 5 form: <see cref="EpochSeconds"/> counts
/// UTC seconds; <see cref="OffsetSeconds"/> is the offset in effect; <see cref="ZoneId"/> is the IANA zone when
/// the value had one. Bolt 4.4 legacy structures (local seconds) are converted on read and written back on 4.4.
/// </summary>
public sealed record ZonedDateTime(long EpochSeconds, int Nanosecond, int OffsetSeconds, string? ZoneId = null)
{
    public static ZonedDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var local = LocalDateTime.FromDateTime(value.UtcDateTime);
        return new ZonedDateTime(local.EpochSeconds, local.Nanosecond, (int)value.Offset.TotalSeconds);
    }

    /// <summary>Converts to a <see cref="DateTimeOffset"/> at the value's offset (100 ns precision).</summary>
    public DateTimeOffset ToDateTimeOffset() =>
        new DateTimeOffset(DateTime.UnixEpoch.AddTicks((EpochSeconds * TimeSpan.TicksPerSecond) + (Nanosecond / 100)), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromSeconds(OffsetSeconds));

    /// <summary>ISO-8601 at the value's offset, with the zone in brackets when known: 2024-07-01T12:00:00+02:00[Europe/Berlin].</summary>
    public override string ToString()
    {
        var local = IsoText.DateTime(EpochSeconds + OffsetSeconds, Nanosecond);
        return local is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ZonedDateTime {{ EpochSeconds = {EpochSeconds}, Nanosecond = {Nanosecond}, OffsetSeconds = {OffsetSeconds}, ZoneId = {ZoneId} }}")
            : local + IsoText.Offset(OffsetSeconds) + (ZoneId is null ? string.Empty : $"[{ZoneId}]");
    }
}
