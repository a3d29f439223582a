using StorjTui.Core.Tests.Support;
using StorjTui.Core.Time;

namespace StorjTui.Core.Tests.Time;

public class TimeSyntaxTests
{
    // 2026-06-15 10:00 in Berlin (summer time, UTC+2) = 08:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);
    private readonly TimeSyntax _syntax = new(new FixedClock(Now), Zones.Berlin);

    [Theory]
    [InlineData("none")]
    [InlineData("NONE")]
    [InlineData("  none ")]
    public void None_means_no_time(string text)
    {
        Assert.Null(_syntax.Parse(text));
        Assert.Equal(EndDateKind.None, _syntax.ParseEndDate(text).Kind);
    }

    [Fact]
    public void Now_is_the_clock()
    {
        var end = _syntax.ParseEndDate("now");
        Assert.Equal(EndDateKind.ExactTime, end.Kind);
        Assert.Equal(Now, end.Value);
        Assert.Equal(TimeSpan.FromHours(2), end.Value!.Value.Offset);
    }

    [Theory]
    [InlineData("+90m", 90 * 60)]
    [InlineData("+2h30m", 2.5 * 3600)]
    [InlineData("+1h30m15s", 3600 + 1800 + 15)]
    [InlineData("+1.5h", 5400)]
    [InlineData("+7d", 7 * 86400)]
    [InlineData("+1d12h", 36 * 3600)]
    [InlineData("+500ms", 0.5)]
    [InlineData("-2h", -7200)]
    [InlineData("+0s", 0)]
    public void Durations_count_from_now(string text, double seconds)
    {
        Assert.Equal(Now.AddSeconds(seconds), _syntax.Parse(text));
    }

    [Fact]
    public void M_is_minutes_not_months()
    {
        Assert.Equal(Now.AddMinutes(1), _syntax.Parse("+1m"));
        Assert.Equal(Now.AddMinutes(1), _syntax.Parse("+1m0s"));
    }

    [Theory]
    [InlineData("2026-07-01T12:00:00Z", "2026-07-01T12:00:00+00:00")]
    [InlineData("2026-07-01T12:00:00+05:30", "2026-07-01T06:30:00+00:00")]
    [InlineData("2026-07-01t12:00:00z", "2026-07-01T12:00:00+00:00")]
    [InlineData("2026-07-01 12:00:00-04:00", "2026-07-01T16:00:00+00:00")]
    [InlineData("2026-07-01T12:00:00.123456789Z", "2026-07-01T12:00:00.1234567+00:00")]
    public void Rfc3339_is_an_exact_time(string text, string expectedUtc)
    {
        var end = _syntax.ParseEndDate(text);
        Assert.Equal(EndDateKind.ExactTime, end.Kind);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), end.Value);
    }

    [Fact]
    public void A_bare_date_ends_at_23_59_59_local_time()
    {
        var end = _syntax.ParseEndDate("2026-07-01");
        Assert.Equal(EndDateKind.CustomDate, end.Kind);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 23, 59, 59, TimeSpan.FromHours(2)), end.Value);
        Assert.Equal("2026-07-01 23:59:59 +02:00", end.DisplayText);
    }

    [Fact]
    public void A_bare_date_in_winter_uses_the_winter_offset()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 23, 59, 59, TimeSpan.FromHours(1)), _syntax.Parse("2026-12-24"));
    }

    [Theory]
    [InlineData("1d", EndDatePreset.OneDay, "2026-06-16")]
    [InlineData("1w", EndDatePreset.OneWeek, "2026-06-22")]
    [InlineData("1mo", EndDatePreset.OneMonth, "2026-07-15")]
    [InlineData("1y", EndDatePreset.OneYear, "2027-06-15")]
    [InlineData("1MO", EndDatePreset.OneMonth, "2026-07-15")]
    public void Presets_end_at_23_59_59_local_on_the_target_day(string text, EndDatePreset preset, string day)
    {
        var end = _syntax.ParseEndDate(text);
        Assert.Equal(EndDateKind.Preset, end.Kind);
        Assert.Equal(preset, end.Preset);
        Assert.Equal($"{day} 23:59:59 +02:00", end.DisplayText);
        Assert.Equal(text.ToLowerInvariant(), TimeSyntax.Spell(preset));
    }

    [Theory]
    [InlineData("2026-13-01", "'2026-13-01' is not a date: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.")]
    [InlineData("2026-02-30", "'2026-02-30' is not a date: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.")]
    [InlineData("tomorrow", "'tomorrow' is not a time: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.")]
    [InlineData("26-01-01", "'26-01-01' is not a time: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.")]
    [InlineData("+2x", "'+2x' is not a duration: use +90m, +2h30m, +1h30m15s or +7d.")]
    [InlineData("+", "'+' is not a duration: use +90m, +2h30m, +1h30m15s or +7d.")]
    [InlineData("+h", "'+h' is not a duration: use +90m, +2h30m, +1h30m15s or +7d.")]
    [InlineData("+1.2.3h", "'+1.2.3h' is not a duration: use +90m, +2h30m, +1h30m15s or +7d.")]
    [InlineData("+99999999999d", "'+99999999999d' is too far away: use a date instead.")]
    [InlineData("+3000000d", "'+3000000d' is too far away: use a date instead.")]
    [InlineData("90m", "'90m' is ambiguous: write +90m for minutes from now, or 1mo for one month.")]
    [InlineData("2026-07-01T12:00:00", "'2026-07-01T12:00:00' has no time zone: add Z or an offset such as +01:00 (RFC 3339).")]
    [InlineData("2026-07-01T25:00:00Z", "'2026-07-01T25:00:00Z' is not a valid date and time: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.")]
    [InlineData("", "Enter a time: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.")]
    [InlineData("   ", "Enter a time: use YYYY-MM-DD, RFC 3339, +2h30m, +7d, 1d/1w/1mo/1y, now, or none.")]
    public void Malformed_input_is_a_typed_error_a_person_can_act_on(string text, string message)
    {
        var e = Assert.Throws<InvalidTimeException>(() => _syntax.Parse(text));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Long_input_is_cut_short_in_the_message()
    {
        var e = Assert.Throws<InvalidTimeException>(() => _syntax.Parse(new string('x', 500)));
        Assert.StartsWith($"'{new string('x', 40)}…' is not a time", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_times_parse_the_rules_judge_them()
    {
        // Parsing is shared with --not-before, which may lie in the past; the end-date rule refuses it.
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), _syntax.Parse("2020-01-01T00:00:00Z"));
    }
}
