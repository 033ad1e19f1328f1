namespace Tupu.Bolt;

/// <summary>A calendar date (Cypher DATE), as days since 1970-01-01. Kept raw because Cypher's range exceeds DateOnly's.</summary>
public sealed record Date(long EpochDays)
{
    public static Date FromDateOnly(DateOnly date) => new(date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber);

    /// <summary>Converts to <see cref="DateOnly"/>; throws <see cref="ArgumentOutOfRangeException"/> outside years 1–9999.</summary>
    public DateOnly ToDateOnly() =>
        DateOnly.FromDayNumber(checked((int)(EpochDays + DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber)));

    /// <summary>ISO date within DateOnly's range; the raw day count beyond it (ToString must not throw).</summary>
    public override string ToString()
    {
        var dayNumber = EpochDays + DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
        return dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)dayNumber).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : $"Date {{ EpochDays = {EpochDays.ToString(System.Globalization.CultureInfo.InvariantCulture)} }}";
    }
}
