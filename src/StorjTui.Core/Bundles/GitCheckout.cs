namespace StorjTui.Core.Bundles;

/// <summary>
/// Whether a folder lies in a git checkout, where credential files saved by mistake get committed and pushed: git
/// itself looks for <c>.git</c> (a folder, or a file in worktrees and submodules) in the folder and each one above.
/// </summary>
public static class GitCheckout
{
    /// <summary>The checkout's top folder holding <paramref name="folder"/> (which need not exist yet), or null.</summary>
    public static string? RootOf(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        for (var current = new DirectoryInfo(Path.GetFullPath(folder)); current is not null; current = current.Parent)
        {
            string marker = Path.Join(current.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return Path.TrimEndingDirectorySeparator(current.FullName);
            }
        }

        return null;
    }
}
