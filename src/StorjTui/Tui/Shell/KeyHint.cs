
namespace StorjTui.Tui.Shell;

/// <summary>One key of the current screen, as the status bar and the F1 help list it.</summary>
internal sealed record KeyHint(string Key, string Description, bool InStatusBar = true);
