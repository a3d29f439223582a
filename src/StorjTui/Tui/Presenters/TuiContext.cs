using Microsoft.Extensions.Logging;
using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Hosting;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.App;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// What every area presenter shares: the app and its shell, the navigation flow, the effect runner, the open
/// connection, and the way back to the router (<see cref="Render"/>) once the flow moved.
/// </summary>
internal sealed class TuiContext
{
    public TuiContext(IApplication app, AppShell shell, TuiEnvironment env, TuiOptions options, TerminalLook look)
    {
        App = app;
        Shell = shell;
        Env = env;
        Options = options;
        Look = look;
        Log = env.Log ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        Clipboard = env.Clipboard ?? new TerminalClipboard(sequence => app.Driver?.WriteRaw(sequence));
        Nav = new NavigationFlow(env.Services);
        Effects = new EffectRunner(app, Log, env.LogFile);
        Downloads = new DownloadDialogs(shell, env, Log);
    }

    public IApplication App { get; }

    public AppShell Shell { get; }

    public TuiEnvironment Env { get; }

    public TuiOptions Options { get; }

    public TerminalLook Look { get; }

    public ILogger Log { get; }

    public ITerminalClipboard Clipboard { get; }

    public NavigationFlow Nav { get; }

    public EffectRunner Effects { get; }

    /// <summary>The save dialogs (Download all, the passphrase's Download), which remember the last folder and format.</summary>
    public DownloadDialogs Downloads { get; }

    /// <summary>The connection's way into its project (listing, opening, lists), from Connect until the app goes back to the Connect screen.</summary>
    public ProjectSession? Session { get; set; }

    /// <summary>The open connection, from Connect until the app goes back to the Connect screen.</summary>
    public IStorjConnection? Connection => Session?.Connection;

    /// <summary>Shows the screen for the flow's state now (set by the router).</summary>
    public Action Render { get; set; } = () => { };

    /// <summary>Shows the first of the flow's problems as the notice: a refusal, so in the error tone.</summary>
    public void Notice(IReadOnlyList<string> problems) => Failure(problems[0]);

    /// <summary>Shows what went wrong (an effect's failure, the flow's refusal) as the notice, in the error tone.</summary>
    public void Failure(string message) => Shell.SetNotice(message, Tone.Error);

    /// <summary>Shows the flow's refusal, or runs <paramref name="moved"/> after it moved.</summary>
    public static void Apply<TStep>(StepResult<TStep> result, Action<IReadOnlyList<string>> refused, Action moved)
        where TStep : struct, Enum
    {
        if (result.Accepted)
        {
            moved();
        }
        else
        {
            refused(result.Problems);
        }
    }

    /// <summary>Closes the connection (going back to Connect, or leaving the app).</summary>
    public async Task DisconnectAsync()
    {
        IStorjConnection? connection = Connection;
        Session = null;
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
