using System.CommandLine;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Terminal;

namespace StorjTui.Cli;

/// <summary>`storj-tui` with no subcommand (and `storj-tui --sandbox`) starts the full-screen app.</summary>
internal static class TuiCommand
{
    public static readonly Option<bool> Sandbox = new("--sandbox")
    {
        Description = "Run the full-screen app against the built-in sandbox (no account, no network).",
    };

    public static readonly Option<bool> Ascii = new("--ascii")
    {
        Description = "Draw with ASCII characters only (automatic for TERM=linux).",
    };

    /// <summary>Adds the app's options to the root command and makes the app its default action.</summary>
    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Sandbox);
        root.Options.Add(Ascii);
        root.SetAction(result => TuiApp.Run(
            new TuiOptions(result.GetValue(Sandbox), result.GetValue(Ascii)),
            Console.Error));
    }
}
