namespace StorjTui.Storj.Files;

/// <summary>The XDG base folders (relative or empty variables are ignored, as the spec says).</summary>
public static class XdgFolders
{
    /// <summary><c>$XDG_STATE_HOME</c>, else <c>~/.local/state</c>.</summary>
    public static string StateHome() => FromEnvironment("XDG_STATE_HOME") ?? Path.Combine(Home(), ".local", "state");

    /// <summary><c>$XDG_DATA_HOME</c>, else <c>~/.local/share</c>.</summary>
    public static string DataHome() => FromEnvironment("XDG_DATA_HOME") ?? Path.Combine(Home(), ".local", "share");

    /// <summary><c>$XDG_CONFIG_HOME</c>, else <c>~/.config</c>.</summary>
    public static string ConfigHome() => FromEnvironment("XDG_CONFIG_HOME") ?? Path.Combine(Home(), ".config");

    private static string? FromEnvironment(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return !string.IsNullOrEmpty(value) && Path.IsPathRooted(value) ? value : null;
    }

    private static string Home() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
