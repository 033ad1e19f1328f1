namespace Tupu.Bolt;

/// <summary>A calendar date (Cypher DATE), as days since 1970-01-01. Kept raw because Cypher's range exceeds DateOnly's.</summary>
public sealed record Date(long EpochDays)
{
    public static Date FromDateOnly(DateOnly date) => new(date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber);

    /// <summary>Converts to <see cref="DateOnly"/>; throws <see cref="ArgumentOutOfRangeException"/> outside years 1–9999.</summary>
    public DateOnly ToDateOnly() =>
        DateOnly.FromDayNumber(checked((int)(EpochDays + DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber)));

    public override string ToString() => ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
