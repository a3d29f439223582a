using StorjTui.Core.Tests.Support;
using StorjTui.Core.Time;

namespace StorjTui.Core.Tests.Time;

public class EndDateTests
{
    [Fact]
    public void None_shows_the_console_words()
    {
        Assert.Equal("No expiration date", EndDate.None.DisplayText);
        Assert.Null(EndDate.None.Value);
        Assert.Equal("No expiration date", EndDate.None.ToString());
    }

    [Fact]
    public void One_day_across_the_spring_change_ends_at_local_midnight_minus_one_second()
    {
        // Berlin springs forward on 2026-03-29 at 02:00 (UTC+1 → UTC+2). Noon the day before, "1 day" must
        // end at 23:59:59 on the 29th in summer time — 21:59:59 UTC, not 22:59:59.
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.FromHours(1)));
        var end = EndDate.FromPreset(EndDatePreset.OneDay, clock, Zones.Berlin);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 21, 59, 59, TimeSpan.Zero), end.Value);
        Assert.Equal("2026-03-29 23:59:59 +02:00", end.DisplayText);
    }

    [Fact]
    public void Plus_one_day_is_24_hours_not_a_calendar_day()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.FromHours(1)));
        var end = new TimeSyntax(clock, Zones.Berlin).ParseEndDate("+1d");
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 11, 0, 0, TimeSpan.Zero), end.Value);
        Assert.Equal("2026-03-29 13:00:00 +02:00", end.DisplayText);
    }

    [Fact]
    public void One_week_across_the_autumn_change_in_new_york()
    {
        // New York falls back on 2026-11-01 at 02:00 (UTC-4 → UTC-5).
        var clock = new FixedClock(new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.FromHours(-4)));
        var end = EndDate.FromPreset(EndDatePreset.OneWeek, clock, Zones.NewYork);
        Assert.Equal(new DateTimeOffset(2026, 11, 6, 23, 59, 59, TimeSpan.FromHours(-5)), end.Value);
    }

    [Fact]
    public void Today_is_the_local_day_not_the_utc_day()
    {
        // 23:30 UTC on 2026-06-15 is already 01:30 on the 16th in Berlin: "1 day" is the 17th.
        var clock = new FixedClock(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal("2026-06-17 23:59:59 +02:00", EndDate.FromPreset(EndDatePreset.OneDay, clock, Zones.Berlin).DisplayText);
    }

    [Fact]
    public void One_month_after_january_31_is_the_end_of_february()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.FromHours(1)));
        Assert.Equal("2026-02-28 23:59:59 +01:00", EndDate.FromPreset(EndDatePreset.OneMonth, clock, Zones.Berlin).DisplayText);
    }

    [Fact]
    public void A_wall_clock_time_skipped_by_dst_moves_forward_by_the_gap()
    {
        var resolved = LocalDay.Resolve(new DateTime(2026, 3, 29, 2, 30, 0), Zones.Berlin);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), resolved);
    }

    [Fact]
    public void A_repeated_wall_clock_time_takes_its_later_occurrence()
    {
        var resolved = LocalDay.Resolve(new DateTime(2026, 10, 25, 2, 30, 0), Zones.Berlin);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1)), resolved);
    }

    [Fact]
    public void Exact_times_are_shown_in_the_local_zone()
    {
        var end = EndDate.At(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero), Zones.Berlin);
        Assert.Equal("2026-07-01 14:00:00 +02:00", end.DisplayText);
        Assert.Equal(EndDateKind.ExactTime, end.Kind);
    }

    [Fact]
    public void A_custom_date_is_kept_as_a_date()
    {
        var end = EndDate.OnDate(new DateOnly(2027, 1, 1), Zones.NewYork);
        Assert.Equal(EndDateKind.CustomDate, end.Kind);
        Assert.Null(end.Preset);
        Assert.Equal("2027-01-01 23:59:59 -05:00", end.DisplayText);
    }

    [Fact]
    public void Preset_labels_are_the_consoles()
    {
        Assert.Equal(["1 Day", "1 Week", "1 Month", "1 Year"], Enum.GetValues<EndDatePreset>().Select(EndDate.Label));
    }
}
