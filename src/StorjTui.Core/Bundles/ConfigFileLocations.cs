namespace StorjTui.Core.Bundles;

/// <summary>
/// The config files each tool really reads, worked out from the environment it is given (never the process's own):
/// the aws CLI's <c>AWS_SHARED_CREDENTIALS_FILE</c> and <c>AWS_CONFIG_FILE</c> (<c>~</c> expanded, as botocore does),
/// rclone's <c>RCLONE_CONFIG</c> and then its search order, uplink's <c>XDG_CONFIG_HOME</c>. A relative path is taken
/// from <c>workingFolder</c>, as the tool started there would take it. Paths are before symlinks are followed.
/// </summary>
public static class ConfigFileLocations
{
    /// <summary>
    /// The files <paramref name="target"/>'s tool reads: the aws CLI's credentials and config files, rclone's
    /// <c>rclone.conf</c>, uplink's <c>access.json</c>.
    /// </summary>
    /// <param name="target">Which tool.</param>
    /// <param name="homeFolder">The home folder (<c>HOME</c>).</param>
    /// <param name="environment">The environment variables the tool would see; null for a variable not set.</param>
    /// <param name="workingFolder">Where a relative path in a variable starts; null: the current folder.</param>
    public static IReadOnlyList<string> FilesOf(ConfigMergeTarget target, string homeFolder, Func<string, string?> environment, string? workingFolder = null)
    {
        ArgumentNullException.ThrowIfNull(homeFolder);
        ArgumentNullException.ThrowIfNull(environment);
        if (homeFolder.Length == 0)
        {
            throw new BundleWriteException(BundleWriteFailure.BadName,
                "HOME is not set, and the tools find their files from it: set HOME, or save the files into a folder instead.");
        }

        var home = Path.GetFullPath(homeFolder);
        string? Variable(string name) => environment(name) is { Length: > 0 } value ? value : null;
        string Full(string path) => workingFolder is null ? Path.GetFullPath(path) : Path.GetFullPath(path, workingFolder);
        var configHome = Variable("XDG_CONFIG_HOME") is { } xdg ? Full(xdg) : null;

        return target switch
        {
            ConfigMergeTarget.Aws =>
            [
                Variable("AWS_SHARED_CREDENTIALS_FILE") is { } credentials ? Full(ExpandTilde(credentials, home)) : Path.Join(home, ".aws", "credentials"),
                Variable("AWS_CONFIG_FILE") is { } config ? Full(ExpandTilde(config, home)) : Path.Join(home, ".aws", "config"),
            ],
            ConfigMergeTarget.Rclone => [Variable("RCLONE_CONFIG") is { } rclone ? Full(rclone) : RcloneSearch(home, configHome)],
            _ => [Path.Join(configHome ?? Path.Join(home, ".config"), "storj", "uplink", "access.json")],
        };
    }

    /// <summary>
    /// rclone without <c>RCLONE_CONFIG</c> takes the first file that exists of <c>$XDG_CONFIG_HOME/rclone/rclone.conf</c>,
    /// <c>~/.config/rclone/rclone.conf</c> and the old <c>~/.rclone.conf</c>; with none it creates the first of the two
    /// new places (checked with rclone 1.60's <c>rclone config file</c>).
    /// </summary>
    private static string RcloneSearch(string home, string? configHome)
    {
        var underXdg = configHome is null ? null : Path.Join(configHome, "rclone", "rclone.conf");
        var underHome = Path.Join(home, ".config", "rclone", "rclone.conf");
        var old = Path.Join(home, ".rclone.conf");
        return new[] { underXdg, underHome, old }.FirstOrDefault(File.Exists) ?? underXdg ?? underHome;
    }

    /// <summary>botocore expands a leading <c>~</c> (<c>os.path.expanduser</c>); <c>~user</c> is left as it is.</summary>
    private static string ExpandTilde(string path, string home) =>
        path == "~" ? home : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Join(home, path[2..]) : path;
}
