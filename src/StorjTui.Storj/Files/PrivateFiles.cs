using System.Text;
using StorjTui.Core.Bundles;

namespace StorjTui.Storj.Files;

/// <summary>
/// Files only the user may read: folders 0700, files 0600, written whole through a temp file and a rename so a
/// crash leaves the old file or the new one, never half of one.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the folder if missing and makes it 0700. Every missing parent is created 0700 too (XDG: base folders
    /// the app creates are private), since CreateDirectory's mode applies only to the last level.
    /// </summary>
    public static void EnsureFolder(string path)
    {
        PrivateFolders.CreateMissing(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, FolderMode);
        }
    }

    /// <summary>Writes UTF-8 text as a 0600 file, atomically.</summary>
    public static void WriteAllText(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        EnsureFolder(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = PrivateFileMode;
            }
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
