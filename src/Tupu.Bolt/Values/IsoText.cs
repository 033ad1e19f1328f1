using System.Globalization;

namespace Tupu.Bolt;

/// <summary>ISO-8601 text for the temporal types, as Cypher prints them (nanoseconds without trailing zeros).</summary>
internal static class IsoText
{
    public static string TimeOfDay(long nanosecondOfDay)
    {
        var seconds = Math.DivRem(nanosecondOfDay, 1_000_000_000L, out var nanos);
        var text = string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
        return text + Fraction((int)nanos);
    }

    public static string Fraction(int nanos) =>
        nanos == 0 ? string.Empty : "." + nanos.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0');

    public static string Offset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var sign = offsetSeconds < 0 ? '-' : '+';
        var abs = Math.Abs(offsetSeconds);
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 3600:00}:{abs / 60 % 60:00}");
        return abs % 60 == 0 ? text : text + string.Create(CultureInfo.InvariantCulture, $":{abs % 60:00}");
    }

    /// <summary>Local date and time from seconds since the epoch, or null beyond .NET's DateTime range.</summary>
    public static string? DateTime(long epochSeconds, int nanos)
    {
        if (epochSeconds < -62_135_596_800L || epochSeconds > 253_402_300_799L)
        {
            return null;
        }

        var value = System.DateTime.UnixEpoch.AddSeconds(epochSeconds);
        return value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Fraction(nanos);
    }
}
