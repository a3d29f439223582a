using System.CommandLine;

namespace StorjTui.Cli;

/// <summary>Builds the `storj-tui` command tree. Each command lives in its own file and is added here.</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("StorjTui: create Storj S3 credentials from a terminal, over SSH, without a browser.");
        TuiCommand.AddTo(root);
        return root.Parse(args).Invoke();
    }
}
