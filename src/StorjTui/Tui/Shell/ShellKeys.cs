using Terminal.Gui.Input;

namespace StorjTui.Tui.Shell;

/// <summary>The keys the shell itself owns on every screen.</summary>
internal static class ShellKeys
{
    /// <summary>Esc means Back in this app, so quitting moves to Ctrl-Q.</summary>
    public static readonly Key Quit = Key.Q.WithCtrl;
    public static readonly Key Back = Key.Esc;
    public static readonly Key Help = Key.F1;

    /// <summary>Copies a selection in a text field; anywhere else it quits (with the same confirmation as Ctrl-Q).</summary>
    public static readonly Key Copy = Key.C.WithCtrl;

    /// <summary>How Esc is named in the status bar and help.</summary>
    public static readonly string BackName = ScreenKey.NameOf(Back);

    /// <summary>The shell's rows: it handles these keys itself (in <see cref="AppShell"/>), so they carry no action here.</summary>
    public static IReadOnlyList<ScreenKey> Common { get; } =
    [
        new(ScreenKey.NameOf(Help), "Help: every key of this screen") { Key = Help },
        new(BackName, "Back (asks before discarding what you typed)") { Key = Back },
        new(ScreenKey.NameOf(Quit), "Quit (Ctrl-C too, unless a field has selected text)") { Key = Quit },
        new("Tab / Shift-Tab", "Next / previous field", InStatusBar: false),
        new("Arrows", "Move inside a group or list", InStatusBar: false),
        new("Space", "Toggle a checkbox or option", InStatusBar: false),
        new("Enter", "Activate the focused button", InStatusBar: false),
        new("Alt+letter", "The field or button with that underlined letter", InStatusBar: false),
        new("Copy", "Uses OSC 52: in tmux, set -g set-clipboard on", InStatusBar: false),
    ];
}
