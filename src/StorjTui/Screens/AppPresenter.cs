using Terminal.Gui.App;

namespace StorjTui.Screens;

/// <summary>Shows the screen for the flow's current state and fires the flow's triggers from screen events.</summary>
internal sealed class AppPresenter(IApplication app, AppShell shell, ConnectionOpener openConnection, TuiOptions options) : IDisposable
{
    public bool IsBusy { get; private set; }

    public void Start()
    {
        _ = app;
        _ = openConnection;
        _ = options;
        shell.Show(new ConnectScreen());
    }

    public void Dispose()
    {
    }
}
