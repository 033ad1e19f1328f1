namespace Tupu.Bolt;

/// <summary>A date and time without zone (Cypher LOCAL DATETIME): seconds since 1970-01-01T00:00 and nanoseconds.</summary>
public sealed record LocalDateTime(long EpochSeconds, int Nanosecond)
{
    public static LocalDateTime FromDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rest);
        if (rest < 0)
        {
            seconds--;
            rest += TimeSpan.TicksPerSecond;
        }

        return new LocalDateTime(seconds, (int)(rest * 100));
    }

    /// <summary>Converts to an unspecified-kind <see cref="DateTime"/> (100 ns precision).</summary>
    public DateTime ToDateTime() =>
        DateTime.SpecifyKind(DateTime.UnixEpoch.AddTicks((EpochSeconds * TimeSpan.TicksPerSecond) + (Nanosecond / 100)), DateTimeKind.Unspecified);

    /// <summary>ISO-8601, for example 2024-04-06T12:00:00; the raw fields beyond .NET's range.</summary>
    public override string ToString() =>
        IsoText.DateTime(EpochSeconds, Nanosecond) ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"LocalDateTime {{ EpochSeconds = {EpochSeconds}, Nanosecond = {Nanosecond} }}");
}
