using System.Diagnostics;
using System.Globalization;

namespace StorjTui.Storj.Connections;

/// <summary>
/// The process that wrote a pending-creation record: its id and start time (so a recycled pid is not taken for the
/// writer). While that process runs, its creation is not a leftover: another run must not resume or abandon it.
/// </summary>
/// <param name="ProcessId">The writer's pid.</param>
/// <param name="StartTime">The writer's start time in the system's own units (Linux: clock ticks since boot); 0 when unknown.</param>
public sealed record PendingCreationOwner(int ProcessId, long StartTime)
{
    /// <summary>This process.</summary>
    public static PendingCreationOwner Current { get; } = new(Environment.ProcessId, StartTimeOf(Environment.ProcessId) ?? 0);

    /// <summary>True when this is another process that still runs (same pid and, when known, same start time).</summary>
    public bool IsAnotherLiveProcess()
    {
        if (ProcessId <= 0 || ProcessId == Environment.ProcessId)
        {
            return false;
        }

        var started = StartTimeOf(ProcessId);
        return started is not null && (StartTime == 0 || started == StartTime);
    }

    /// <summary>When <paramref name="pid"/> started, or null when no such process runs.</summary>
    private static long? StartTimeOf(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // Field 22 of /proc/PID/stat; the command name (field 2) may hold spaces, so count after its ')'.
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return long.Parse(fields[19], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
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
