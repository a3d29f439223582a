using System.Globalization;

namespace StorjTui.Core.Time;

/// <summary>
/// Reads a Go-style duration as uplink accepts after <c>+</c>: one or more number+unit pairs such as
/// <c>90m</c>, <c>2h30m</c>, <c>1.5h</c>, plus <c>d</c> for days of 24 hours (uplink's extension).
/// <c>m</c> is minutes, as in Go.
/// </summary>
internal static class GoDuration
{
    private static readonly (string Unit, decimal Ticks)[] Units =
    [
        // Longest spellings first so "ms" is not read as "m" followed by garbage.
        ("ns", 0.01m), ("us", TimeSpan.TicksPerMicrosecond), ("µs", TimeSpan.TicksPerMicrosecond),
        ("μs", TimeSpan.TicksPerMicrosecond), ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond), ("m", TimeSpan.TicksPerMinute), ("h", TimeSpan.TicksPerHour),
        ("d", TimeSpan.TicksPerDay),
    ];

    /// <summary>Parses <paramref name="text"/> (without its sign); false when it is not a duration or too large.</summary>
    public static bool TryParse(string text, out TimeSpan duration, out bool tooLarge)
    {
        duration = TimeSpan.Zero;
        tooLarge = false;
        if (text.Length == 0)
        {
            return false;
        }

        decimal ticks = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (!decimal.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            var unit = Units.FirstOrDefault(u => text.AsSpan(i).StartsWith(u.Unit, StringComparison.Ordinal));
            if (unit.Unit is null)
            {
                return false;
            }

            i += unit.Unit.Length;
            try
            {
                ticks += amount * unit.Ticks;
            }
            catch (OverflowException)
            {
                tooLarge = true;
                return false;
            }

            if (ticks > TimeSpan.MaxValue.Ticks)
            {
                tooLarge = true;
                return false;
            }
        }

        duration = TimeSpan.FromTicks((long)decimal.Truncate(ticks));
        return true;
    }
}
