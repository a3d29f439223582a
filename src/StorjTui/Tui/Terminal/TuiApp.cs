using StorjTui.Configuration;
using StorjTui.Hosting;
using StorjTui.Logging;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace StorjTui.Tui.Terminal;

/// <summary>Starts the full-screen app on the real terminal, and puts the terminal back afterwards.</summary>
internal static class TuiApp
{
    /// <summary>Exit code when stdin or stdout is not a terminal.</summary>
    public const int NotATerminalExitCode = 2;

    public const string NotATerminalMessage =
        "storj-tui: the full-screen app needs a terminal on stdin and stdout; for scripts use the subcommands (storj-tui --help).";

    /// <summary>
    /// Clears the alternate screen and homes the cursor, so no key stays visible after exit. Not ESC[3J: that
    /// wipes the user's scrollback, and nothing of the app ever reaches the main screen to be scrolled into it.
    /// </summary>
    private const string ClearScreen = "\u001b[2J\u001b[H";

    /// <summary>Turns off what the app's terminal set-up turned on: application cursor keys (ESC[?1h) and keypad (ESC=).</summary>
    private const string RestoreModes = "\u001b[?1l\u001b>";

    public static int Run(TuiOptions options, TextWriter error)
    {
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            error.WriteLine(NotATerminalMessage);
            return NotATerminalExitCode;
        }

        AppPaths paths = AppPaths.FromEnvironment();
        StorjTuiOptions settings = AppConfiguration.Load(paths);
        TerminalLook look = TerminalLook.FromEnvironment(options.AsciiOnly || settings.Ascii == true);
        if (look.AsciiOnly)
        {
            TerminalLook.UseAsciiGlyphs();
        }

        using var logs = new FileLoggerProvider(paths.LogFile, settings.LogLevel);
        var connections = new AppConnections(BackEnds.From(paths, settings, log: logs.CreateLogger("sandbox")));
        TuiEnvironment environment = TuiDefaults.Environment(connections, paths) with { Log = logs.CreateLogger("tui"), LogFile = paths.LogFile };
        using (IApplication app = Application.Create())
        {
            app.AnsiStartupGate = StartupGate.DrawAtOnce();
            app.Init();
            using var signals = new TerminalSignals(app);
            using var session = new TuiSession(app, look, environment, options);
            if (settings.Warnings.Count > 0)
            {
                session.Shell.SetNotice("Warning: " + string.Join(" ", settings.Warnings), Tone.Warning);
            }
            try
            {
                app.Run(session.Shell, error =>
                {
                    // A bug must not leave the terminal raw or a secret on screen: log it, say where the details are, keep going.
                    session.Shell.SetNotice(session.Router.Unexpected("UI loop", error), Tone.Error);
                    return true;
                });
            }
            finally
            {
                // The alternate screen may still show a key: wipe it before Terminal.Gui leaves it.
                app.Driver?.WriteRaw(ClearScreen);
            }
        }

        connections.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Console.Out.Write(RestoreModes);
        Console.Out.Flush();
        return 0;
    }

    /// <summary>Esc means Back here: take it off Terminal.Gui's quit command (the shell handles Ctrl-Q).</summary>
    public static void MoveQuitKey(IApplication app)
    {
        app.Keyboard.KeyBindings.Remove(Key.Esc);
    }
}
