namespace StorjTui.Core.Bundles;

/// <summary>
/// Whether a folder lies in a git checkout, where credential files saved by mistake get committed and pushed: git
/// itself looks for <c>.git</c> (a folder, or a file in worktrees and submodules) in the folder and each one above.
/// </summary>
public static class GitCheckout
{
    /// <summary>How many links one path may pass through, as Linux allows (a loop stops there).</summary>
    private const int MaxLinks = 40;

    /// <summary>The checkout's top folder holding <paramref name="folder"/> (which need not exist yet), or null.</summary>
    public static string? RootOf(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        // .NET makes a path full by text (a ".." drops the part before it) before the kernel sees it; the kernel then
        // follows links, and git searches upwards from where they lead: a link to a folder in a checkout is in it.
        string full = Path.GetFullPath(folder);
        int links = 0;
        return Search(Physical(full, ref links)) ?? Search(full);
    }

    private static string? Search(string fullPath)
    {
        for (var current = new DirectoryInfo(fullPath); current is not null; current = current.Parent)
        {
            string marker = Path.Join(current.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return Path.TrimEndingDirectorySeparator(current.FullName);
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="fullPath"/> with every link in it followed, part by part as the kernel does (a ".." in a link's
    /// target goes up from where the link led); the parts that do not exist yet are kept as they are.
    /// </summary>
    private static string Physical(string fullPath, ref int links)
    {
        string resolved = Path.GetPathRoot(fullPath) ?? "/";
        foreach (string part in fullPath[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            string next = Path.Join(resolved, part);
            if (LinkTarget(next) is { } target && ++links <= MaxLinks)
            {
                next = Physical(Path.IsPathRooted(target) ? target : Path.Join(resolved, target), ref links);
            }

            resolved = next;
        }

        return resolved;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A part that cannot be read is searched as written.
            return null;
        }
    }
}
