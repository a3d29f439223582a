using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>
/// One row of a screen's or pop-up's key table: the key, what it does, and how the status bar and F1 name it.
/// The shell binds the key to <see cref="Act"/> and draws the status bar and help from the same rows, so what is
/// listed is what is bound. Rows without a key only describe keys Terminal.Gui itself handles (Tab, arrows).
/// </summary>
internal sealed record ScreenKey(string Name, string Description, bool InStatusBar = true)
{
    /// <summary>The key the shell binds (null for a row that only describes).</summary>
    public Key? Key { get; init; }

    /// <summary>What the key does; false when it does not apply right now (the key then goes on to the views).</summary>
    public Func<bool>? Act { get; init; }

    /// <summary>A key that runs <paramref name="act"/>.</summary>
    public static ScreenKey On(Key key, string description, Action act, bool inStatusBar = true) =>
        new(NameOf(key), description, inStatusBar) { Key = key, Act = () => { act(); return true; } };

    /// <summary>Alt + the button's underlined letter presses it (while it is shown).</summary>
    public static ScreenKey Alt(Button button, string description, bool inStatusBar = true)
    {
        Key key = button.HotKey.WithAlt;
        return new(NameOf(key), description, inStatusBar) { Key = key, Act = () => Press(button) };
    }

    /// <summary>Enter presses the default button (the shell sends it only when focus is not on a button or list).</summary>
    public static ScreenKey Enter(Button button, string description, bool inStatusBar = true) =>
        new(NameOf(global::Terminal.Gui.Input.Key.Enter), description, inStatusBar) { Key = global::Terminal.Gui.Input.Key.Enter, Act = () => Press(button) };

    /// <summary>Alt for each button with an underlined letter, named by its own text (pop-ups with plain answers).</summary>
    public static IEnumerable<ScreenKey> AltForEach(params Button[] buttons) =>
        buttons.Where(b => b.HotKey != global::Terminal.Gui.Input.Key.Empty)
            .Select(b => Alt(b, b.Text.Replace("_", "", StringComparison.Ordinal), inStatusBar: false));

    private static bool Press(Button button)
    {
        for (View? view = button; view is not null; view = view.SuperView)
        {
            if (!view.Visible || !view.Enabled)
            {
                return false;
            }
        }

        button.InvokeCommand(Command.Accept);
        return true;
    }

    /// <summary>"Alt-D", "Ctrl-O", "Del", "Enter", "F1": how people write keys, not Terminal.Gui's "Alt+D".</summary>
    public static string NameOf(Key key)
    {
        KeyCode code = key.KeyCode;
        KeyCode plain = code & ~(KeyCode.AltMask | KeyCode.CtrlMask | KeyCode.ShiftMask);
        string name = plain switch
        {
            KeyCode.Enter => "Enter",
            KeyCode.Delete => "Del",
            KeyCode.Esc => "Esc",
            >= KeyCode.A and <= KeyCode.Z => ((char)plain).ToString(),
            _ => plain.ToString(),
        };
        bool shift = (code & KeyCode.ShiftMask) != 0 && plain is not (>= KeyCode.A and <= KeyCode.Z);
        return ((code & KeyCode.CtrlMask) != 0 ? "Ctrl-" : "") + ((code & KeyCode.AltMask) != 0 ? "Alt-" : "") + (shift ? "Shift-" : "") + name;
    }
}
