namespace StorjTui.Configuration;

/// <summary>
/// Where the app keeps things, following the XDG base-directory spec (servers rarely set these, so the
/// defaults under the home folder matter most). One place, so tests can point everything at temp folders
/// through the environment.
/// </summary>
internal sealed record AppPaths(string ConfigFolder, string DataFolder, string StateFolder)
{
    private const string AppFolder = "storj-tui";

    public string ConfigFile => Path.Combine(ConfigFolder, "config.json");
    public string LogFile => Path.Combine(StateFolder, "storj-tui.log");
    public string SessionFile => Path.Combine(StateFolder, "session");
    public string PendingFolder => Path.Combine(StateFolder, "pending");
    public string SandboxFolder => Path.Combine(DataFolder, "sandbox");

    public static AppPaths FromEnvironment(Func<string, string?>? getEnv = null)
    {
        getEnv ??= Environment.GetEnvironmentVariable;
        string home = getEnv("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string Xdg(string name, string fallback) =>
            getEnv(name) is { Length: > 0 } v && Path.IsPathRooted(v) ? v : Path.Combine(home, fallback);
        return new AppPaths(
            Path.Combine(Xdg("XDG_CONFIG_HOME", ".config"), AppFolder),
            Path.Combine(Xdg("XDG_DATA_HOME", Path.Combine(".local", "share")), AppFolder),
            Path.Combine(Xdg("XDG_STATE_HOME", Path.Combine(".local", "state")), AppFolder));
    }

    /// <summary>Makes a private folder (0700, and any missing parent 0700 too); the app's folders hold secrets' neighbours.</summary>
    public static void EnsurePrivateFolder(string folder) => StorjTui.Storj.Files.PrivateFiles.EnsureFolder(folder);
}
