using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Screens;

/// <summary>
/// The end-date picker: Terminal.Gui's calendar in a pop-up. Choose puts the date in the Permissions screen's date
/// field, where the flow's own rule (after today, at most 100 years ahead) checks it like a typed one.
/// </summary>
internal sealed class DatePickOverlay : Overlay
{
    private readonly DatePicker _picker;

    public DatePickOverlay(DateTime start)
        : base("Pick the end date")
    {
        _picker = new DatePicker(start) { X = 1, Y = 0, Culture = IsoDates() };
        var hint = new Label { X = 1, Y = Pos.Bottom(_picker), Text = "Tab to the days, arrows move, Space picks; Esc cancels." };
        var choose = new Button { Text = "C_hoose", IsDefault = true, X = 1, Y = Pos.Bottom(hint) + 1 };
        var cancel = new Button { Text = "Cancel", X = Pos.Right(choose) + 2, Y = Pos.Top(choose) };
        choose.Accepting += (_, e) => { e.Handled = true; Picked?.Invoke(this, DateOnly.FromDateTime(_picker.Value)); };
        cancel.Accepting += (_, e) => { e.Handled = true; Dismiss(); };
        // Space (or a click) on a day in the calendar sets the picker's value: take that as the choice.
        _picker.ValueChanged += (_, e) =>
        {
            if (_picker.SubViews.Any(v => v is TableView { HasFocus: true }))
            {
                Picked?.Invoke(this, DateOnly.FromDateTime(e.NewValue));
            }
        };
        Add(_picker, hint, choose, cancel);
    }

    /// <summary>Dates shown as yyyy-mm-dd, like the date field and the console.</summary>
    private static System.Globalization.CultureInfo IsoDates()
    {
        var culture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.DateSeparator = "-";
        return culture;
    }

    /// <summary>The date the user chose.</summary>
    public event EventHandler<DateOnly>? Picked;

    /// <summary>Esc or Cancel: the date field keeps what it had.</summary>
    public event EventHandler? Cancelled;

    public override void Dismiss() => Cancelled?.Invoke(this, EventArgs.Empty);
}
