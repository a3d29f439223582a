using System.Globalization;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>
/// One month as a table for <see cref="TableView"/>: a column per weekday (Sunday first), a row per week, six rows
/// so the calendar keeps its height from month to month. A cell holds its day of the month, or nothing.
/// Our own source instead of Terminal.Gui's DatePicker, whose DataTable drags System.Data (~0.6 MB) into the native image.
/// </summary>
internal sealed class MonthDays(int year, int month) : ITableSource
{
    private const int Weeks = 6;
    private readonly int _offset = (int)new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).DayOfWeek;
    private readonly int _length = DateTime.DaysInMonth(year, month);

    public int Year => year;

    public int Month => month;

    public string[] ColumnNames { get; } = [.. Enumerable.Range(0, 7).Select(d => CultureInfo.InvariantCulture.DateTimeFormat.ShortestDayNames[d])];

    public int Columns => 7;

    public int Rows => Weeks;

    public object this[int row, int col] => DayAt(row, col) is { } day ? day.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>The day of the month in a cell, or null for the cells before the 1st and after the last.</summary>
    public int? DayAt(int row, int col)
    {
        int day = row * 7 + col - _offset + 1;
        return day >= 1 && day <= _length ? day : null;
    }

    /// <summary>The cell (column, row) that shows a day of this month.</summary>
    public (int Column, int Row) CellOf(int day) => ((day - 1 + _offset) % 7, (day - 1 + _offset) / 7);
}
