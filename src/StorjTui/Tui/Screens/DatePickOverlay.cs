using StorjTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>
/// The end-date picker: a month calendar in a pop-up. Choose puts the date in the Permissions screen's date
/// field, where the flow's own rule (after today, at most 100 years ahead) checks it like a typed one.
/// </summary>
internal sealed class DatePickOverlay : Overlay
{
    private readonly MonthCalendar _picker;
    private readonly Func<DateOnly, string?> _check;
    private bool _moving;
    // Wide enough for the end-date rule's message (the same one the date field gets) to break where it does there.
    private readonly ProblemLabel _problem = new() { X = 1, Width = 74 };

    private readonly IReadOnlyList<ScreenKey> _keys;

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    /// <param name="start">The day the calendar opens on.</param>
    /// <param name="check">The flow's end-date rule: what is wrong with a day (one that has passed), or null.</param>
    public DatePickOverlay(DateTime start, Func<DateOnly, string?> check)
        : base("Pick the end date")
    {
        _check = check;
        Width = Dim.Auto(minimumContentDim: 40, maximumContentDim: Dim.Percent(100));
        _problem.TextFormatter.WordWrap = true;
        _picker = new MonthCalendar(start) { X = 1, Y = 0 };
        var hint = new Label { X = 1, Y = Pos.Bottom(_picker), Text = "Tab to the days, arrows move, Space picks; Esc cancels." };
        _problem.Y = Pos.Bottom(hint);
        var choose = new Button { Text = "C_hoose", IsDefault = true, X = 1, Y = Pos.Bottom(_problem) + 1 };
        var cancel = new Button { Text = "Cancel", X = Pos.Right(choose) + 2, Y = Pos.Top(choose) };
        choose.Accepting += (_, e) => { e.Handled = true; Pick(DateOnly.FromDateTime(_picker.Value)); };
        cancel.Accepting += (_, e) => { e.Handled = true; Dismiss(); };
        _keys = [ScreenKey.Enter(choose, "Choose the day shown"), ScreenKey.Alt(choose, "Choose the day shown", inStatusBar: false)];
        // Space (or a click) on a day in the calendar sets the picker's value: take that as the choice.
        _picker.ValueChanged += (_, day) =>
        {
            if (!_moving && _picker.Days.HasFocus)
            {
                Pick(DateOnly.FromDateTime(day));
            }
        };
        _picker.Days.KeyDown += OnDayKey;
        Add(_picker, hint, _problem, choose, cancel);
    }

    /// <summary>
    /// The arrows move by days and weeks across month ends (the table alone moves by cells, so Down from the
    /// month's last week would land on an empty cell); Space picks the day shown.
    /// </summary>
    private void OnDayKey(object? sender, Key key)
    {
        int days = key == Key.CursorDown ? 7 : key == Key.CursorUp ? -7 : key == Key.CursorRight ? 1 : key == Key.CursorLeft ? -1 : 0;
        if (days != 0)
        {
            _moving = true;
            try
            {
                _picker.Value = _picker.Value.AddDays(days);
            }
            finally
            {
                _moving = false;
            }

            key.Handled = true;
        }
        else if (key == Key.Space)
        {
            key.Handled = true;
            Pick(DateOnly.FromDateTime(_picker.Value));
        }
    }

    private void Pick(DateOnly date)
    {
        if (_check(date) is { } problem)
        {
            // The calendar shows past days too: say why this one cannot be the end date, and stay open.
            _problem.Show([problem]);
            return;
        }

        Picked?.Invoke(this, date);
    }

    /// <summary>The date the user chose.</summary>
    public event EventHandler<DateOnly>? Picked;

    /// <summary>Esc or Cancel: the date field keeps what it had.</summary>
    public event EventHandler? Cancelled;

    public override void Dismiss() => Cancelled?.Invoke(this, EventArgs.Empty);
}
