using System.Runtime.InteropServices;
using Terminal.Gui.App;

namespace StorjTui.Tui.Terminal;

/// <summary>
/// Ctrl-C, SIGTERM and SIGHUP (an SSH drop) stop the run loop instead of killing the process, so
/// Terminal.Gui restores the terminal and the screen is cleared on the way out.
/// </summary>
internal sealed class TerminalSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public TerminalSignals(IApplication app)
    {
        foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                Received = context.Signal;
                app.Invoke(() => app.RequestStop());
                ExitIfStillRunning(context.Signal);
            }));
        }
    }

    /// <summary>
    /// After a hang-up the terminal is gone, and a run loop blocked on it may never see the stop request (it was
    /// seen spinning after an SSH drop). Give the orderly stop a moment, then leave: bundle writes are
    /// temp-file-and-rename, so an exit here leaves no partial file, and stale temp files are removed next run.
    /// </summary>
    private static void ExitIfStillRunning(PosixSignal signal)
    {
        int code = 128 + signal switch
        {
            PosixSignal.SIGHUP => 1,
            PosixSignal.SIGINT => 2,
            PosixSignal.SIGQUIT => 3,
            _ => 15,
        };
        var watchdog = new Thread(() =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(3));
            Environment.Exit(code);
        })
        { IsBackground = true, Name = "signal-exit-watchdog" };
        watchdog.Start();
    }

    /// <summary>The signal that ended the run, if any.</summary>
    public PosixSignal? Received { get; private set; }

    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in _registrations)
        {
            registration.Dispose();
        }

        _registrations.Clear();
    }
}
