namespace Tupu.Bolt;

/// <summary>A time of day with a UTC offset (Cypher ZONED TIME): nanoseconds since local midnight and the offset in seconds.</summary>
public sealed record Time(long NanosecondOfDay, int OffsetSeconds)
{
    /// <summary>ISO-8601, for example 12:00:00.5+02:00.</summary>
    public override string ToString() => IsoText.TimeOfDay(NanosecondOfDay) + IsoText.Offset(OffsetSeconds);
}
