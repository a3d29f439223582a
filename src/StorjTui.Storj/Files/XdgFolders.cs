namespace StorjTui.Storj.Files;

/// <summary>
/// The XDG base folders, resolved in one place from an environment the caller passes in (relative or empty
/// variables are ignored, as the spec says; <c>HOME</c> from the same environment, else the user's profile folder).
/// </summary>
public sealed record XdgFolders(string ConfigHome, string DataHome, string StateHome)
{
    /// <summary>Resolves the folders from <paramref name="getEnvironment"/> (a variable's value, or null when unset).</summary>
    public static XdgFolders From(Func<string, string?> getEnvironment)
    {
        ArgumentNullException.ThrowIfNull(getEnvironment);
        var home = getEnvironment("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string Resolve(string name, string fallback) =>
            getEnvironment(name) is { Length: > 0 } value && Path.IsPathRooted(value) ? value : Path.Combine(home, fallback);
        return new XdgFolders(
            Resolve("XDG_CONFIG_HOME", ".config"),
            Resolve("XDG_DATA_HOME", Path.Combine(".local", "share")),
            Resolve("XDG_STATE_HOME", Path.Combine(".local", "state")));
    }

    /// <summary>The folders of this process's environment, for defaults a caller did not set.</summary>
    public static XdgFolders OfThisProcess() => From(Environment.GetEnvironmentVariable);
}
