namespace Tupu.Bolt;

/// <summary>A Cypher DURATION: months, days and seconds are kept apart because their lengths vary.</summary>
public sealed record Duration(long Months, long Days, long Seconds, int Nanoseconds)
{
    public static Duration FromTimeSpan(TimeSpan value)
    {
        var seconds = Math.DivRem(value.Ticks, TimeSpan.TicksPerSecond, out var rest);
        return new Duration(0, 0, seconds, (int)(rest * 100));
    }
}
