using System.Globalization;
using StorjTui.Core.Processes;

namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>
/// Each object store writes in its own folder <c>tmp/&lt;pid&gt;-&lt;process start&gt;-&lt;random&gt;</c>, so a
/// second sandbox started on the same data folder can tell which leftovers belong to a process that is gone.
/// </summary>
internal static class TempFolders
{
    public static string NameForThisStore() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{RunningProcess.CurrentStartTime ?? 0}-{Guid.NewGuid():N}");

    /// <summary>Deletes what is in <paramref name="temps"/> except the folders of processes still running.</summary>
    public static void DeleteLeftovers(string temps)
    {
        foreach (var file in Directory.EnumerateFiles(temps))
        {
            File.Delete(file);
        }
        foreach (var folder in Directory.EnumerateDirectories(temps))
        {
            if (!OwnerIsRunning(Path.GetFileName(folder)))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static bool OwnerIsRunning(string name)
    {
        var fields = name.Split('-');
        if (fields.Length != 3
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var started))
        {
            return false;
        }
        // A recycled pid has another start time.
        return RunningProcess.StartTimeOf(pid) == started;
    }
}
