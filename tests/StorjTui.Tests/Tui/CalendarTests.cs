using System.Reflection;
using StorjTui.Tui.Screens;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>The end-date calendar: our month table in place of Terminal.Gui's DatePicker (whose DataTable costs the native image ~0.6 MB).</summary>
public sealed class CalendarTests
{
    [Fact]
    public void AMonthStartsUnderItsWeekdayAndGetsSixWeeks()
    {
        var august = new MonthDays(2026, 8); // 2026-08-01 is a Saturday, the 31st falls in the sixth week

        Assert.Equal(["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"], august.ColumnNames);
        Assert.Equal(6, august.Rows);
        Assert.Null(august.DayAt(0, 5));
        Assert.Equal(1, august.DayAt(0, 6));
        Assert.Equal("1", august[0, 6]);
        Assert.Equal(31, august.DayAt(5, 1));
        Assert.Equal("", august[5, 2]);
        Assert.Equal((1, 5), august.CellOf(31));
        Assert.Equal((6, 0), august.CellOf(1));
    }

    [Fact]
    public void TheOverlayUsesNoDatePicker()
    {
        FieldInfo[] fields = typeof(DatePickOverlay).GetFields(BindingFlags.Instance | BindingFlags.NonPublic);

        Assert.DoesNotContain(fields, f => f.FieldType == typeof(DatePicker));
    }

    [Fact]
    public void TheMonthButtonsTurnTheMonthAndKeepTheDay()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.O.WithAlt).Shows("Pick the end date").Shows("Date: 2026-06-16").Shows("June 2026");
        for (int i = 0; i < 10 && tui.Focused is not Button { Text: "► Next month" }; i++)
        {
            tui.Press(Key.Tab);
        }

        tui.Press(Key.Space).Shows("Date: 2026-07-16").Shows("July 2026");
        Assert.Equal("Pick the end date", tui.Shell.OverlayTitle);
        tui.Press(Key.H.WithAlt); // Choose (Enter on a focused button presses that button)

        Assert.False(tui.Shell.HasOverlay);
        tui.Shows("2026-07-16");
    }

    [Fact]
    public void ATypedDateMovesTheCalendar()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.O.WithAlt).Shows("Pick the end date");
        Assert.IsType<TextField>(tui.Focused);

        tui.Press(Key.Backspace, 10).Type("2027-02-03").Shows("February 2027").Press(Key.Enter);

        Assert.False(tui.Shell.HasOverlay);
        tui.Shows("2027-02-03");
    }
}
