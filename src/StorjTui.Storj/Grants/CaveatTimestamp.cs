namespace StorjTui.Storj.Grants;

/// <summary>
/// A protobuf Timestamp exactly as a caveat holds it (seconds since the Unix epoch and 0..999,999,999 nanoseconds),
/// so values finer than .NET's 100 ns ticks or outside its date range survive a round trip.
/// </summary>
public readonly record struct CaveatTimestamp(long Seconds, int Nanos)
{
    // Go's zero time.Time (0001-01-01T00:00:00Z); Storj never writes it.
    internal const long GoZeroSeconds = -62_135_596_800;

    /// <summary>True for Go's zero time, which Storj treats as "not set".</summary>
    public bool IsGoZero => Seconds == GoZeroSeconds && Nanos == 0;

    /// <summary>The instant as a UTC <see cref="DateTimeOffset"/>, truncated to 100 ns and clamped to its range.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        const long minSeconds = GoZeroSeconds;
        const long maxSeconds = 253_402_300_799; // 9999-12-31T23:59:59Z
        if (Seconds < minSeconds)
        {
            return DateTimeOffset.MinValue;
        }

        if (Seconds > maxSeconds)
        {
            return DateTimeOffset.MaxValue;
        }

        return DateTimeOffset.UnixEpoch.AddTicks(Seconds * TimeSpan.TicksPerSecond + Nanos / 100);
    }

    /// <summary>Converts a .NET instant (any offset) to seconds and nanoseconds since the epoch.</summary>
    public static CaveatTimestamp From(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return new CaveatTimestamp(seconds, (int)(remainder * 100));
    }

    /// <summary>Normalizes nanoseconds into 0..999,999,999 the way Go's <c>time.Unix</c> does.</summary>
    internal static CaveatTimestamp Normalize(long seconds, int nanos)
    {
        if (nanos is < 0 or >= 1_000_000_000)
        {
            var carry = nanos / 1_000_000_000;
            seconds = unchecked(seconds + carry);
            nanos -= carry * 1_000_000_000;
            if (nanos < 0)
            {
                nanos += 1_000_000_000;
                seconds = unchecked(seconds - 1);
            }
        }

        return new CaveatTimestamp(seconds, nanos);
    }
}
