using System.Drawing;
using System.Globalization;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>
/// A month calendar: the date as yyyy-mm-dd (typed dates are taken as they become valid), the month's days in a
/// table, and buttons for the month before and after. Raises <see cref="ValueChanged"/> whenever the day changes.
/// </summary>
internal sealed class MonthCalendar : View
{
    private readonly TextField _date;
    private readonly Label _month = new() { Y = 1 };
    private readonly TableView _days;
    private DateTime _value;
    private bool _syncing;

    public MonthCalendar(DateTime start)
    {
        Width = Dim.Auto();
        Height = Dim.Auto();
        CanFocus = true;
        _value = start.Date;
        var label = new Label { Text = "Date:" };
        _date = new TextField { X = Pos.Right(label) + 1, Width = 12, Text = Format(_value) };
        _date.TextChanged += (_, _) =>
        {
            if (!_syncing && DateTime.TryParseExact(_date.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var typed))
            {
                Set(typed, fromField: true);
            }
        };
        _days = new TableView(new MonthDays(_value.Year, _value.Month)) { Y = 2, Width = 22, Height = 9 };
        _days.ValueChanged += (_, _) => TakeSelectedCell();
        var previous = new Button { Text = "◄ Previous month", X = Pos.Right(_days) + 1, Y = 3 };
        var next = new Button { Text = "► Next month", X = Pos.Left(previous), Y = 4 };
        previous.Accepting += (_, e) => { e.Handled = true; Value = _value.AddMonths(-1); };
        next.Accepting += (_, e) => { e.Handled = true; Value = _value.AddMonths(1); };
        Add(label, _date, _month, _days, previous, next);
        ShowMonth();
    }

    /// <summary>The days' table: arrows and Space on it are the overlay's to handle.</summary>
    public TableView Days => _days;

    /// <summary>The day shown (midnight).</summary>
    public DateTime Value
    {
        get => _value;
        set => Set(value, fromField: false);
    }

    public event EventHandler<DateTime>? ValueChanged;

    private void Set(DateTime value, bool fromField)
    {
        value = value.Date;
        if (value == _value)
        {
            return;
        }

        _value = value;
        _syncing = true;
        try
        {
            if (!fromField)
            {
                _date.Text = Format(value);
            }

            ShowMonth();
        }
        finally
        {
            _syncing = false;
        }

        ValueChanged?.Invoke(this, value);
    }

    private void ShowMonth()
    {
        bool wasSyncing = _syncing;
        _syncing = true;
        try
        {
            var table = _days.Table as MonthDays;
            if (table is null || table.Year != _value.Year || table.Month != _value.Month)
            {
                table = new MonthDays(_value.Year, _value.Month);
                _days.Table = table;
            }

            _month.Text = _value.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            var (column, row) = table.CellOf(_value.Day);
            _days.Value = new TableSelection(new Point(column, row));
            _days.SetNeedsDraw();
        }
        finally
        {
            _syncing = wasSyncing;
        }
    }

    /// <summary>A click (or the table's own keys) on a day makes it the value; the empty cells are ignored.</summary>
    private void TakeSelectedCell()
    {
        if (_syncing || _days.Value is not { } selection || _days.Table is not MonthDays table)
        {
            return;
        }

        if (table.DayAt(selection.SelectedCell.Y, selection.SelectedCell.X) is { } day)
        {
            Value = new DateTime(table.Year, table.Month, day, 0, 0, 0, DateTimeKind.Unspecified);
        }
        else
        {
            ShowMonth();
        }
    }

    private static string Format(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
