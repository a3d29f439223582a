using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>F1: every key of the current screen, then the keys that work everywhere.</summary>
internal sealed class HelpOverlay : Overlay
{
    private readonly Action _close;
    private readonly IReadOnlyList<ScreenKey> _keys;

    private readonly StorjTui.Core.Flow.CreateAccessStep? _step;

    /// <param name="step">The flow step of the pop-up the help is shown over (Confirm details), so it stays a screen of its own.</param>
    public HelpOverlay(string heading, IReadOnlyList<ScreenKey> keys, Action close, StorjTui.Core.Flow.CreateAccessStep? step = null)
        : base($"Keys: {heading}")
    {
        _close = close;
        _step = step;
        // Keys that do the same thing share a line ("Alt-S/Enter"), so the whole table fits at 80x24.
        List<(string Names, string Description)> rows = [.. keys.GroupBy(k => k.Description)
            .Select(same => (string.Join('/', same.Select(k => k.Name).Distinct()), same.Key))];
        int width = rows.Max(r => r.Names.Length);
        string lines = string.Join('\n', rows.Select(r => $"{r.Names.PadRight(width)}  {r.Description}"));
        var list = new Label { X = 1, Y = 0, Text = lines };
        var ok = new Button { Text = "Close", IsDefault = true, X = Pos.Center(), Y = Pos.Bottom(list) + 1 };
        ok.Accepting += (_, e) => { e.Handled = true; _close(); };
        Add(list, ok);
        _keys = [ScreenKey.Enter(ok, "Close the help")];
    }

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public override StorjTui.Core.Flow.CreateAccessStep? FlowStep => _step;

    public override void Dismiss() => _close();
}
