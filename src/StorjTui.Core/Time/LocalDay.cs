namespace StorjTui.Core.Time;

/// <summary>Turns a calendar day in a time zone into the instant the console means by "that day".</summary>
internal static class LocalDay
{
    /// <summary>The last whole second of the day: the console's presets and custom dates end then.</summary>
    private static readonly TimeSpan EndOfDay = new(23, 59, 59);

    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    public static DateTimeOffset End(DateOnly day, TimeZoneInfo zone) =>
        Resolve(day.ToDateTime(TimeOnly.FromTimeSpan(EndOfDay)), zone);

    /// <summary>
    /// A wall-clock time in <paramref name="zone"/> as an instant with that zone's offset. A time skipped by a
    /// DST change moves forward by the gap; a repeated time takes its later occurrence (the smaller offset),
    /// because an end date should not end early.
    /// </summary>
    public static DateTimeOffset Resolve(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var gap = zone.GetAdjustmentRules()
                .Where(r => r.DateStart <= local && local <= r.DateEnd)
                .Select(r => r.DaylightDelta.Duration())
                .DefaultIfEmpty(TimeSpan.FromHours(1))
                .First();
            local += gap;
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Min()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
