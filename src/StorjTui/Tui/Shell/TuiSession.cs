using StorjTui.Tui.Presenters;
using StorjTui.Tui.Terminal;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>
/// One run of the app: the shell, and the router that shows the screen for the flow's current state.
/// The real app runs it with <c>app.Run(session.Shell)</c>; tests begin it headless and inject keys.
/// </summary>
internal sealed class TuiSession : IDisposable
{
    public TuiSession(IApplication app, TerminalLook look, TuiEnvironment environment, TuiOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Shadows cost a row per button; at 80×24 every row counts.
        global::Terminal.Gui.Configuration.ButtonSettings.Current = global::Terminal.Gui.Configuration.ButtonSettings.Current with { DefaultShadow = ShadowStyles.None };
        TuiApp.MoveQuitKey(app);
        Shell = new AppShell { AsciiOnly = look.AsciiOnly, Look = look };
        look.ApplyTo(app.Driver);
        look.ApplyTo(Shell);
        look.Paint(Shell);
        Shell.Attach(app);
        Router = new AppRouter(app, Shell, environment, options, look);
        // Ctrl-Q goes through the flow (it clears the secrets it holds), whose Exited step stops the app.
        Shell.QuitRequested += (_, _) => Router.Quit();
        Router.Start();
    }

    public AppShell Shell { get; }

    public AppRouter Router { get; }

    /// <summary>The background work, for whoever must wait for it (headless tests, the keystroke benchmark).</summary>
    public IEffectStatus Effects => Router.Effects;

    public void Dispose()
    {
        Router.Dispose();
        Shell.Dispose();
    }
}
