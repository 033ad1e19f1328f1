namespace Tupu.Bolt;

/// <summary>A time of day without zone (Cypher LOCAL TIME), as nanoseconds since midnight.</summary>
public sealed record LocalTime(long NanosecondOfDay)
{
    public static LocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Converts to <see cref="TimeOnly"/> (100 ns precision); throws <see cref="ArgumentOutOfRangeException"/> outside one day.</summary>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / 100);

    /// <summary>ISO-8601, for example 12:00:00.000000001.</summary>
    public override string ToString() => IsoText.TimeOfDay(NanosecondOfDay);
}
