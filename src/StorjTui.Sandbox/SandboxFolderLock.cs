using StorjTui.Core.Bundles;

namespace StorjTui.Sandbox;

/// <summary>
/// An exclusive lock on a sandbox's data folder for as long as the sandbox runs: a file beside the folder (not in it,
/// so <c>--sandbox-reset</c> cannot delete a lock another process holds), opened with <see cref="FileShare.None"/>,
/// which .NET takes as an advisory lock that ends with the process, however it ends.
/// </summary>
internal sealed class SandboxFolderLock : IDisposable
{
    private readonly FileStream _stream;

    private SandboxFolderLock(FileStream stream) => _stream = stream;

    /// <exception cref="SandboxBusyException">Another process (or sandbox in this process) holds the folder.</exception>
    public static SandboxFolderLock Take(string dataFolder)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataFolder));
        var parent = Path.GetDirectoryName(folder) ?? folder;
        PrivateFolders.Secure(parent);
        try
        {
            var stream = new FileStream(folder + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1,
                FileOptions.None);
            return new SandboxFolderLock(stream);
        }
        catch (IOException e)
        {
            throw new SandboxBusyException(
                $"Another storj-tui sandbox is already running on {folder} (e.g. 'storj-tui sandbox serve', or the app with the Sandbox open). " +
                "Use that one — 'storj-tui login --satellite URL --rest-key-stdin' with the URL and REST key its banner shows — or stop it first.", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
