namespace Tupu.Bolt;

/// <summary>A time of day with a UTC offset (Cypher ZONED TIME): nanoseconds since local midnight and the offset in seconds.</summary>
public sealed record Time(long NanosecondOfDay, int OffsetSeconds);
