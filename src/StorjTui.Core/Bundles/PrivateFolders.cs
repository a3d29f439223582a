namespace StorjTui.Core.Bundles;

/// <summary>Folders only the user may enter: every level the app creates is 0700, not just the last.</summary>
public static class PrivateFolders
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Creates <paramref name="folder"/> and each missing parent 0700 (CreateDirectory's mode applies only to the last
    /// level, and XDG base folders the app creates must be private too). Existing levels are left as they are.
    /// </summary>
    public static void CreateMissing(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        var missing = new Stack<string>();
        for (var level = Path.GetFullPath(folder); !string.IsNullOrEmpty(level) && !Directory.Exists(level); level = Path.GetDirectoryName(level))
        {
            missing.Push(level);
        }

        while (missing.TryPop(out var level))
        {
            Directory.CreateDirectory(level, OwnerOnly);
        }
    }

    /// <summary>
    /// An app-owned folder (state, data, sandbox): created like <see cref="CreateMissing"/>, and narrowed to 0700 when
    /// it exists with looser permissions, since it holds tokens and keys.
    /// </summary>
    public static void Secure(string folder)
    {
        CreateMissing(folder);
        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(folder) != OwnerOnly)
        {
            File.SetUnixFileMode(folder, OwnerOnly);
        }
    }
}
