using StorjTui.Storj.Files;

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

    public static AppPaths FromEnvironment(Func<string, string?>? getEnv = null) =>
        From(XdgFolders.From(getEnv ?? Environment.GetEnvironmentVariable));

    /// <summary>The app's folders inside the XDG base folders.</summary>
    public static AppPaths From(XdgFolders xdg) => new(
        Path.Combine(xdg.ConfigHome, AppFolder),
        Path.Combine(xdg.DataHome, AppFolder),
        Path.Combine(xdg.StateHome, AppFolder));
}
