using StorjTui.Core.Flow;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.App;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// Maps the flows' state to the area presenter that shows it — Connect, Access page, Create, Result — and
/// routes the shell's Back and Quit to the area on display. It holds no rule: every "may I" is the flow's answer,
/// every effect runs in the <see cref="EffectRunner"/>.
/// </summary>
internal sealed class AppRouter : IDisposable
{
    private readonly TuiContext _context;
    private readonly ConnectPresenter _connect;
    private readonly AccessPagePresenter _accessPage;
    private readonly CreatePresenter _create;
    private readonly ResultPresenter _result;

    public AppRouter(IApplication app, AppShell shell, TuiEnvironment env, TuiOptions options, TerminalLook look)
    {
        _context = new TuiContext(app, shell, env, options, look) { Render = Render };
        _accessPage = new AccessPagePresenter(_context);
        _connect = new ConnectPresenter(_context, _accessPage);
        _create = new CreatePresenter(_context);
        _result = new ResultPresenter(_context, _accessPage);
        shell.BackRequested += (_, _) => Back();
        shell.QuitWarning = QuitWarning;
    }

    public NavigationFlow Navigation => _context.Nav;

    public IEffectStatus Effects => _context.Effects;

    /// <summary>What an unexpected failure outside any effect shows (after logging it).</summary>
    public string Unexpected(string where, Exception e) => _context.Effects.Unexpected(where, e);

    public void Start()
    {
        _context.Log.Started(_context.Options.Sandbox);
        Render();
        if (_context.Options.Sandbox)
        {
            _connect.Connect(new ConnectRequest(ConnectTarget.Sandbox));
        }
    }

    /// <summary>Ctrl-Q, confirmed where <see cref="QuitWarning"/> asked: the flow quits (clearing its secrets), and Exited stops the app.</summary>
    public void Quit() => TuiContext.Apply(_context.Nav.QuitWithoutSaving(), _context.Notice, Render);

    /// <summary>The question Ctrl-Q asks first: the flow's reason to refuse a plain Quit (values shown once, not saved yet).</summary>
    private string? QuitWarning() =>
        _context.Nav.Step == NavigationStep.Result && _context.Nav.Check(NavigationTrigger.Quit) is [var why, ..]
            ? why + " Quit without copying or downloading them?"
            : null;

    private void Render()
    {
        NavigationFlow nav = _context.Nav;
        _context.Log.ScreenShown(nav.Step, nav.Create?.Step);
        switch (nav.Step)
        {
            case NavigationStep.Connect:
                _create.Forget();
                _connect.ShowConnect();
                break;
            case NavigationStep.Project:
                _connect.ShowProjects();
                break;
            case NavigationStep.ProjectPassphrase:
                _connect.ShowProjectPassphrase();
                break;
            case NavigationStep.AccessPage:
                _create.Forget();
                _accessPage.Show();
                break;
            case NavigationStep.CreateAccess:
                _create.Show(nav.Create!);
                break;
            case NavigationStep.Result:
                _create.Forget();
                _result.Show(nav.LastCreated!);
                break;
            case NavigationStep.DeleteAccess:
                _accessPage.ShowDelete();
                break;
            case NavigationStep.Deleting:
                _accessPage.DeleteNow();
                break;
            case NavigationStep.Exited:
                _context.App.RequestStop();
                break;
        }
    }

    private void Back()
    {
        NavigationFlow nav = _context.Nav;
        switch (nav.Step)
        {
            case NavigationStep.Connect:
                _context.Shell.SetNotice("This is the first screen. Ctrl-Q quits.");
                return;
            case NavigationStep.CreateAccess when nav.Create is { } flow:
                _create.Back(flow);
                return;
            case NavigationStep.Result:
                _result.Back();
                return;
            case NavigationStep.Deleting:
                return;
            default:
                _connect.Back();
                return;
        }
    }

    public void Dispose()
    {
        _context.Effects.Dispose();
        _create.Dispose();
        _accessPage.Dispose();
        _result.Dispose();
        _context.Nav.Dispose();
        _ = _context.DisconnectAsync();
    }
}
