namespace StorjTui.Tui.Presenters;

/// <summary>Where Copy sends a value: the terminal (OSC 52) in the app, a recorder in tests.</summary>
internal interface ITerminalClipboard
{
    /// <summary>Sends <paramref name="value"/> and returns the notice to show (naming <paramref name="what"/>, never the value).</summary>
    string Copy(string what, string value);
}
