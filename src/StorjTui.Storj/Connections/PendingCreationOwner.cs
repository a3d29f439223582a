using StorjTui.Core.Processes;

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
    public static PendingCreationOwner Current { get; } = new(Environment.ProcessId, RunningProcess.CurrentStartTime ?? 0);

    /// <summary>True when this is another process that still runs (same pid and, when known, same start time).</summary>
    public bool IsAnotherLiveProcess()
    {
        if (ProcessId <= 0 || ProcessId == Environment.ProcessId)
        {
            return false;
        }

        var started = RunningProcess.StartTimeOf(ProcessId);
        return started is not null && (StartTime == 0 || started == StartTime);
    }
}
