using System.CommandLine;

namespace StorjTui.Cli;

/// <summary>The <c>--sandbox</c> switch every command that talks to Storj has (one option per command).</summary>
internal static class SandboxSwitch
{
    public static Option<bool> Create() => new("--sandbox")
    {
        Description = "Use the built-in sandbox on 127.0.0.1 instead of Storj (no account; its state is kept in $XDG_DATA_HOME/storj-tui/sandbox).",
    };

    public static Option<string?> Project() => new("--project")
    {
        Description = "The project, by name or id (default: the oldest project, as the console opens it).",
        HelpName = "P",
    };
}
