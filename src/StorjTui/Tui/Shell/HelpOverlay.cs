using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>F1: every key of the current screen, then the keys that work everywhere.</summary>
internal sealed class HelpOverlay : Overlay
{
    private readonly Action _close;

    public HelpOverlay(string heading, IReadOnlyList<KeyHint> keys, Action close)
        : base($"Keys: {heading}")
    {
        _close = close;
        int width = keys.Max(k => k.Key.Length);
        string lines = string.Join('\n', keys.Select(k => $"{k.Key.PadRight(width)}  {k.Description}"));
        var list = new Label { X = 1, Y = 0, Text = lines };
        var ok = new Button { Text = "Close", IsDefault = true, X = Pos.Center(), Y = Pos.Bottom(list) + 1 };
        ok.Accepting += (_, e) => { e.Handled = true; _close(); };
        Add(list, ok);
    }

    public override void Dismiss() => _close();
}
