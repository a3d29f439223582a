namespace StorjTui.Core.Tests.Support;

/// <summary>Time zones for DST tests: the system's tzdata when present, else an equivalent custom zone.</summary>
internal static class Zones
{
    public static TimeZoneInfo Berlin { get; } = Find("Europe/Berlin", () => Custom("Europe/Berlin", 1,
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday)));

    public static TimeZoneInfo NewYork { get; } = Find("America/New_York", () => Custom("America/New_York", -5,
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday)));

    private static TimeZoneInfo Find(string id, Func<TimeZoneInfo> fallback)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return fallback();
        }
    }

    private static TimeZoneInfo Custom(string id, int standardHours, TimeZoneInfo.TransitionTime start, TimeZoneInfo.TransitionTime end)
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(standardHours), id, id + " standard", id + " daylight", [rule]);
    }
}
