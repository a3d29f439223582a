using StorjTui.Cli;

namespace StorjTui.Tests.Cli;

/// <summary>Runs `storj-tui` in-process with a given stdin, environment and terminal; captures both streams.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args) => Run(new CliSetup(), args);

    public static CliResult RunWithStdin(string stdin, params string[] args) => Run(new CliSetup { Stdin = stdin }, args);

    public static CliResult Run(CliSetup setup, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(
            setup.StdinReader ?? new StringReader(setup.Stdin ?? ""),
            setup.Environment,
            setup.Terminal,
            setup.Clock);
        int code = CommandLine.Run(args, output, error, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
