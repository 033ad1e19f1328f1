namespace Tupu.Bolt;

/// <summary>A Cypher DURATION: months, days and seconds are kept apart because their lengths vary.</summary>
public sealed record Duration(long Months, long Days, long Seconds, int Nanoseconds)
{
    public static Duration FromTimeSpan(TimeSpan value)
    {
        var seconds = Math.DivRem(value.Ticks, TimeSpan.TicksPerSecond, out var rest);
        return new Duration(0, 0, seconds, (int)(rest * 100));
    }

    /// <summary>ISO-8601 with months, days and seconds kept apart, for example P14M2DT86415.000001S.</summary>
    public override string ToString()
    {
        var seconds = Seconds + (Nanoseconds / 1_000_000_000L);
        var nanos = Nanoseconds % 1_000_000_000;
        if (seconds < 0 && nanos > 0)
        {
            seconds++;
            nanos -= 1_000_000_000;
        }

        var secondText = seconds == 0 && nanos < 0 ? "-0" : seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P{Months}M{Days}DT{secondText}{IsoText.Fraction(Math.Abs(nanos))}S");
    }
}
