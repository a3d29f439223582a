namespace StorjTui.Core.Bundles;

/// <summary>Paths as people type them: <c>~</c> and <c>~/…</c> mean the home folder.</summary>
public static class UserPaths
{
    /// <summary>
    /// Expands a leading <c>~</c> with <paramref name="homeFolder"/> and makes the path absolute.
    /// <c>~user</c> forms are refused with a <see cref="BundleWriteFailure.BadName"/> error.
    /// </summary>
    public static string Expand(string typedPath, string homeFolder)
    {
        ArgumentNullException.ThrowIfNull(typedPath);
        ArgumentNullException.ThrowIfNull(homeFolder);
        var path = typedPath;
        if (path.Length == 0)
        {
            throw new BundleWriteException(BundleWriteFailure.BadName, "Type a folder path.");
        }

        if (path == "~")
        {
            path = homeFolder;
        }
        else if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Join(homeFolder, path[2..]);
        }
        else if (path.StartsWith('~'))
        {
            throw new BundleWriteException(BundleWriteFailure.BadName, $"\"{BundleFileNames.Sanitize(typedPath)}\": only ~ and ~/ are understood; type the full path instead of ~user.");
        }

        return Path.GetFullPath(path);
    }

    /// <summary>The path as a person reads it: <c>~/…</c> for one under <paramref name="homeFolder"/>, else as it is.</summary>
    public static string Abbreviate(string path, string homeFolder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(homeFolder);
        var home = Path.TrimEndingDirectorySeparator(homeFolder);
        return home.Length > 0 && path.StartsWith(home + "/", StringComparison.Ordinal) ? "~/" + path[(home.Length + 1)..] : path;
    }

    /// <summary>
    /// The home folder the tools use: <c>HOME</c>, else the account's. Unlike <c>GetFolderPath(UserProfile)</c> alone,
    /// a home that does not exist yet is still named ("" would make every merge fail).
    /// </summary>
    public static string HomeFolder(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment("HOME") is { Length: > 0 } home
            ? home
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
    }
}
