using StorjTui.Core.Access;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace StorjTui.Tests.Tui;

/// <summary>
/// A headless app session for scenario tests, read like a script: Press, Type, ScreenContains.
/// Each test owns one (its own IApplication), at 80×24 unless told otherwise.
/// </summary>
internal sealed class Tui : IDisposable
{
    private readonly IApplication _app;
    private readonly TuiSession _session;
    private readonly SessionToken? _token;

    // Released each time an effect finishes: Settle and WaitFor wake on it instead of polling on a fixed sleep.
    private readonly SemaphoreSlim _finished = new(0);

    public Tui(TuiEnvironment environment, TuiOptions? options = null, int width = 80, int height = 24, TerminalLook? look = null)
    {
        _app = Application.Create();
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        _session = new TuiSession(_app, look ?? new TerminalLook(false, false), environment, options ?? new TuiOptions());
        _session.Effects.EffectFinished += OnEffectFinished;
        _token = _app.Begin(_session.Shell);
        _session.Shell.FocusCurrent();
        Draw();
    }

    public AppShell Shell => _session.Shell;

    /// <summary>The navigation flow the app follows (its state and the create flow's).</summary>
    public StorjTui.Core.Flow.NavigationFlow Navigation => _session.Router.Navigation;

    public IApplication App => _app;

    public bool Stopped { get; private set; }

    /// <summary>Presses one key (Key.Tab, Key.Enter, Key.F1, Key.Q.WithCtrl, …) and redraws.</summary>
    public Tui Press(Key key, int times = 1)
    {
        for (int i = 0; i < times; i++)
        {
            _app.InjectKey(key);
            _app.TimedEvents?.RunTimers();
        }

        Draw();
        return this;
    }

    /// <summary>Types text into the focused view, one key per character.</summary>
    public Tui Type(string text)
    {
        foreach (char c in text)
        {
            _app.InjectKey(new Key(c));
        }

        Draw();
        return this;
    }

    /// <summary>The screen as plain text, one line per row.</summary>
    public string Screen
    {
        get
        {
            Draw();
            return _app.Driver!.ToString() ?? "";
        }
    }

    public string Ansi => _app.Driver!.ToAnsi();

    public bool ScreenContains(string text) => Screen.Contains(text, StringComparison.Ordinal);

    /// <summary>Asserts the screen shows <paramref name="text"/>, printing the screen when it does not.</summary>
    public Tui Shows(string text)
    {
        string screen = Screen;
        Assert.True(screen.Contains(text, StringComparison.Ordinal), $"Expected \"{text}\" on screen:\n{screen}\nnotice: {Shell.Notice}");
        return this;
    }

    /// <summary>Asserts the screen does not show <paramref name="text"/>.</summary>
    public Tui DoesNotShow(string text)
    {
        string screen = Screen;
        Assert.False(screen.Contains(text, StringComparison.Ordinal), $"Did not expect \"{text}\" on screen:\n{screen}");
        return this;
    }

    /// <summary>The focused view (deepest), for keyboard-navigation tests.</summary>
    public Terminal.Gui.ViewBase.View? Focused => _app.Navigation?.GetFocused();

    public StorjTui.Core.Flow.NavigationStep Step => Navigation.Step;

    public StorjTui.Core.Flow.CreateAccessStep? CreateStep => Navigation.Create?.Step;

    /// <summary>
    /// Waits until the app's background work (connection calls, key derivation) has finished and what it posted back
    /// to the UI has run, then redraws. It waits on that state, not for a fixed time: on a loaded machine opening a
    /// project can take seconds, and a test that moved on after a fixed wait typed into the previous screen.
    /// <paramref name="limitMilliseconds"/> only turns a hang into a clear failure.
    /// </summary>
    public Tui Settle(int limitMilliseconds = 120000)
    {
        WaitUntilIdle(limitMilliseconds);
        Draw();
        return this;
    }

    /// <summary>
    /// Settles like <see cref="Settle"/>, then draws as the app's main loop does: only what changed, on top of what
    /// the terminal already shows (the other helpers blank the screen and draw it all). Returns the screen.
    /// </summary>
    public string SettleAndDrawChanges()
    {
        WaitUntilIdle(120000);
        _app.LayoutAndDraw();
        return _app.Driver!.ToString() ?? "";
    }

    private void WaitUntilIdle(int limitMilliseconds)
    {
        DateTime until = DateTime.UtcNow.AddMilliseconds(limitMilliseconds);
        while (true)
        {
            _app.TimedEvents?.RunTimers();
            bool busy = _session.Effects.IsBusy;
            if (!busy && (_app.TimedEvents?.Timeouts.Count ?? 0) == 0)
            {
                break;
            }

            if (DateTime.UtcNow > until)
            {
                throw new Xunit.Sdk.XunitException(
                    $"The app was still busy after {limitMilliseconds} ms (step {Step}, create step {CreateStep}). Screen:\n{Screen}");
            }

            // Busy: sleep until an effect finishes (it posts its outcome first). Idle with a timer still due: wake for it.
            _finished.Wait(busy ? Max(until - DateTime.UtcNow, TimeSpan.Zero) : TimeSpan.FromMilliseconds(5));
        }
    }

    /// <summary>
    /// Waits until the screen shows <paramref name="text"/>. Background work posts to the UI loop: each effect's end
    /// wakes the wait at once; progress an effect reports while it runs is picked up within a few milliseconds.
    /// </summary>
    public Tui WaitFor(string text, int milliseconds = 30000)
    {
        DateTime until = DateTime.UtcNow.AddMilliseconds(milliseconds);
        while (!ScreenContains(text))
        {
            if (DateTime.UtcNow > until)
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting for \"{text}\". Screen:\n{Screen}");
            }

            _app.TimedEvents?.RunTimers();
            Draw();
            _finished.Wait(5);
        }

        return this;
    }

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        Draw();
    }

    private void Draw() => _app.LayoutAndDraw(true);

    private void OnEffectFinished(object? sender, EventArgs e) => _finished.Release();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public void Dispose()
    {
        if (_token is not null)
        {
            _app.End(_token);
        }

        _session.Effects.EffectFinished -= OnEffectFinished;
        _session.Dispose();
        _app.Dispose();
        _finished.Dispose();
    }
}
