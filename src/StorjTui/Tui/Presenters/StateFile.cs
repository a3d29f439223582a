namespace StorjTui.Tui.Presenters;

/// <summary>
/// The TUI's small memories in the state folder (last Connect choice, last download folder): never a secret,
/// written private (0600, folder 0700); a state folder that cannot be written only loses the convenience.
/// </summary>
internal static class StateFile
{
    public static void Write(string file, string text)
    {
        try
        {
            Core.Bundles.PrivateFiles.Replace(file, text);
        }
        catch (IOException)
        {
            // Remembering is a convenience: a read-only state folder must not stop the app.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
