using Terminal.Gui.App;

namespace StorjTui.Screens;

/// <summary>
/// One run of the app: the shell, and the presenter that shows the screen for the flow's current state.
/// The real app runs it with <c>app.Run(session.Shell)</c>; tests begin it headless and inject keys.
/// </summary>
internal sealed class TuiSession : IDisposable
{
    public TuiSession(IApplication app, TerminalLook look, ConnectionOpener openConnection, TuiOptions options)
    {
        TuiApp.MoveQuitKey(app);
        Shell = new AppShell();
        look.ApplyTo(Shell);
        Shell.Attach(app);
        Shell.QuitRequested += (_, _) => app.RequestStop();
        Presenter = new AppPresenter(app, Shell, openConnection, options);
        Presenter.Start();
    }

    public AppShell Shell { get; }

    public AppPresenter Presenter { get; }

    public void Dispose()
    {
        Presenter.Dispose();
        Shell.Dispose();
    }
}
