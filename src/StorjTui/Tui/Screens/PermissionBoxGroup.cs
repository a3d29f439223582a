using StorjTui.Core.Access;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>
/// A block of permission check boxes in rows (the console's Object Lock and Bucket Notification steps): one Tab stop,
/// like the app's other groups; arrows move between the boxes, Space toggles. <see cref="Changed"/> fires after a box changes.
/// </summary>
internal sealed class PermissionBoxGroup : View
{
    private readonly List<CheckBox> _boxes = [];

    public PermissionBoxGroup(IReadOnlyList<(Permissions Flag, string Label)> boxes, int perRow, int columnWidth)
    {
        CanFocus = true;
        Width = Dim.Fill();
        Height = (boxes.Count + perRow - 1) / perRow;
        for (int i = 0; i < boxes.Count; i++)
        {
            var box = new CheckBox { Text = boxes[i].Label, X = i % perRow * columnWidth, Y = i / perRow, Data = boxes[i].Flag, TabStop = TabBehavior.NoStop };
            box.ValueChanged += (_, _) => Changed?.Invoke(this, EventArgs.Empty);
            _boxes.Add(box);
            Add(box);
        }

        KeyDown += (_, key) => MoveFocus(key, perRow);
    }

    public event EventHandler? Changed;

    /// <summary>The ticked boxes.</summary>
    public Permissions Chosen => _boxes.Where(b => b.Value == CheckState.Checked).Aggregate(Permissions.None, (acc, b) => acc | (Permissions)b.Data!);

    private void MoveFocus(Key key, int perRow)
    {
        int step = key == Key.CursorRight ? 1 : key == Key.CursorLeft ? -1 : key == Key.CursorDown ? perRow : key == Key.CursorUp ? -perRow : 0;
        int at = _boxes.FindIndex(b => b.HasFocus);
        if (step == 0 || at < 0)
        {
            return;
        }

        int next = at + step;
        if (next >= 0 && next < _boxes.Count)
        {
            _boxes[next].SetFocus();
        }

        key.Handled = true;
    }

    /// <summary>Ticks the boxes set in <paramref name="permissions"/> without firing <see cref="Changed"/>.</summary>
    public void Load(Permissions permissions)
    {
        foreach (CheckBox box in _boxes)
        {
            box.Value = permissions.HasFlag((Permissions)box.Data!) ? CheckState.Checked : CheckState.UnChecked;
        }
    }
}
