using System.Runtime.InteropServices;

namespace StorjTui.Cli;

/// <summary>
/// While `create` runs, SIGTERM, SIGHUP (an SSH drop) and SIGINT stop it in order instead of killing it: its token is
/// cancelled, whatever runs synchronously (a bundle being renamed into place) finishes, one line is printed and the
/// process exits 128+signal (143, 129, 130) — as the TUI does. A creation cut off this way keeps its pending record,
/// so the next run offers to resume or abandon it. If the command does not stop within a few seconds (a call that
/// ignores cancellation), the process leaves anyway with the same line and code.
/// </summary>
internal sealed class CliSignals : IDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly TextWriter _error;
    private int _received;
    private int _reported;

    public CliSignals(TextWriter error)
    {
        _error = error;
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
        }
    }

    /// <summary>Cancelled when a stop signal arrives.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>The first stop signal received, if any.</summary>
    public PosixSignal? Received => _received == 0 ? null : (PosixSignal)_received;

    /// <summary>128 + the signal's number, the shell's convention for "ended by a signal".</summary>
    public static int ExitCodeFor(PosixSignal signal) => 128 + signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        _ => 15,
    };

    /// <summary>Prints the one line (once) and returns the exit code for the signal received.</summary>
    public int Report(PosixSignal signal)
    {
        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            try
            {
                _error.WriteLine($"storj-tui: stopped by {signal}. Anything it left unfinished is listed by the next 'storj-tui create'.");
                _error.Flush();
            }
            catch (IOException)
            {
                // After a hang-up the terminal may be gone; the exit code still tells.
            }
        }
        return ExitCodeFor(signal);
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _received, (int)context.Signal, 0) != 0)
        {
            return;
        }
        var signal = context.Signal;
        _stopping.Cancel();
        var watchdog = new Thread(() =>
        {
            Thread.Sleep(Grace);
            Environment.Exit(Report(signal));
        })
        { IsBackground = true, Name = "cli-signal-watchdog" };
        watchdog.Start();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _registrations.Clear();
        _stopping.Dispose();
    }
}
