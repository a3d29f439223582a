using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>Picking buckets and an end date says what is wrong instead of showing nothing or taking a past day.</summary>
public sealed class PermissionsPickTests
{
    [Fact]
    public void BucketFilterWithoutAMatchSaysSo()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        // Permissions, Object Lock, bucket notifications: three Tab stops to the Buckets group.
        tui.ToPermissions().Press(Key.Tab).Press(Key.Tab).Press(Key.Tab).Press(Key.CursorRight).Press(Key.Space).Press(Key.Tab);
        Assert.IsType<TextField>(tui.Focused);

        tui.Type("zzz");

        tui.Shows("No bucket matches \"zzz\".");
        tui.Press(Key.Backspace, 3).DoesNotShow("No bucket matches").Shows("photos");
    }

    [Fact]
    public void AltOChoosesDateAndOpensTheCalendar()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Shows("◉ No expiration");

        tui.Press(Key.O.WithAlt);

        Assert.Equal("Pick the end date", tui.Shell.OverlayTitle);
        tui.Press(Key.Esc);
        Assert.False(tui.Shell.HasOverlay);
        tui.Shows("◉ Date").DoesNotShow("◉ No expiration");
    }

    [Fact]
    public void CalendarRefusesADayThatHasPassed()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.T.WithAlt).Press(Key.O.WithAlt).Shows("Pick the end date");
        for (int i = 0; i < 10 && tui.Focused is not TableView; i++)
        {
            tui.Press(Key.Tab);
        }

        Assert.IsType<TableView>(tui.Focused);
        tui.Press(Key.CursorUp).Press(Key.Space); // a week before tomorrow (2026-06-16): 2026-06-09

        Assert.Equal("Pick the end date", tui.Shell.OverlayTitle);
        tui.Shows("2026-06-09").Shows("has passed: choose a date in the");
        tui.Press(Key.Enter); // Choose: the same day, refused the same way
        Assert.Equal("Pick the end date", tui.Shell.OverlayTitle);
        tui.Press(Key.CursorDown).Press(Key.CursorDown).Press(Key.Space); // 2026-06-23
        Assert.False(tui.Shell.HasOverlay);
        tui.Shows("2026-06-23");
    }

    /// <summary>Down from a day in the month's last week moves a week on into the next month, never onto an empty cell.</summary>
    [Fact]
    public void DownFromTheLastWeekMovesIntoTheNextMonth()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.O.WithAlt).Shows("Pick the end date");
        for (int i = 0; i < 10 && tui.Focused is not TableView; i++)
        {
            tui.Press(Key.Tab);
        }

        tui.Press(Key.CursorDown).Press(Key.CursorDown); // 2026-06-16 (tomorrow) → 2026-06-30 (one Key each: a handled Key is not sent twice)
        tui.Press(Key.CursorDown).Shows("2026-07-07").Press(Key.Space);

        Assert.False(tui.Shell.HasOverlay);
        tui.Shows("2026-07-07");
    }
}
