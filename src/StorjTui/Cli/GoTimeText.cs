using System.Globalization;
using StorjTui.Storj.Grants;

namespace StorjTui.Cli;

/// <summary>
/// Formats a caveat time the way Go's <c>time.Time</c> marshals to JSON in UTC (RFC 3339 with up to nine
/// fraction digits, trailing zeros dropped, <c>Z</c>). Go refuses years outside 0–9999, and so does this.
/// </summary>
internal static class GoTimeText
{
    private const long MinSeconds = -62_167_219_200; // 0000-01-01T00:00:00Z
    private const long MaxSeconds = 253_402_300_799; // 9999-12-31T23:59:59Z

    public static string Format(CaveatTimestamp time)
    {
        if (time.Seconds is < MinSeconds or > MaxSeconds)
        {
            throw new InvalidGrantDataException("a caveat holds a time outside the years 0-9999, which uplink cannot show either");
        }
        long days = Math.DivRem(time.Seconds, 86_400, out long secondOfDay);
        if (secondOfDay < 0)
        {
            days--;
            secondOfDay += 86_400;
        }
        var (year, month, day) = CivilFromDays(days);
        string text = string.Create(CultureInfo.InvariantCulture,
            $"{year:D4}-{month:D2}-{day:D2}T{secondOfDay / 3600:D2}:{secondOfDay / 60 % 60:D2}:{secondOfDay % 60:D2}");
        if (time.Nanos != 0)
        {
            text += "." + time.Nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        }
        return text + "Z";
    }

    // Days since 1970-01-01 to a proleptic Gregorian date (year 0 included, which .NET's DateTime lacks).
    private static (long Year, long Month, long Day) CivilFromDays(long days)
    {
        long z = days + 719_468;
        long era = (z >= 0 ? z : z - 146_096) / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
        long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }
}
