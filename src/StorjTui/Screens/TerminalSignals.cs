using System.Runtime.InteropServices;
using Terminal.Gui.App;

namespace StorjTui.Screens;

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
            }));
        }
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
