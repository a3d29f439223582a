using System.Diagnostics;
using System.Globalization;

namespace StorjTui.Core.Processes;

/// <summary>
/// Whether a process still runs, and when it started — the one place that tells a live writer (of a temp file, a
/// pending-creation record, a sandbox temp folder) from a leftover. The start time tells a recycled pid apart.
/// </summary>
public static class RunningProcess
{
    /// <summary>This process's start time, in the units of <see cref="StartTimeOf"/>.</summary>
    public static long? CurrentStartTime { get; } = StartTimeOf(Environment.ProcessId);

    /// <summary>Whether <paramref name="pid"/> runs.</summary>
    public static bool IsRunning(int pid) => StartTimeOf(pid) is not null;

    /// <summary>
    /// When <paramref name="pid"/> started, in the system's own units (Linux: clock ticks since boot, exact; elsewhere
    /// UTC ticks), or null when no such process runs.
    /// </summary>
    public static long? StartTimeOf(int pid)
    {
        if (pid <= 0)
        {
            return null;
        }

        if (OperatingSystem.IsLinux())
        {
            try
            {
                // Field 22 of /proc/PID/stat; the command name (field 2) may hold spaces, so count after its ')'.
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return long.Parse(fields[19], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : process.StartTime.ToUniversalTime().Ticks;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
