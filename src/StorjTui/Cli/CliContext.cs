using StorjTui.Configuration;

namespace StorjTui.Cli;

/// <summary>
/// What commands read from outside their arguments — stdin, the environment, the terminal (when there is one)
/// and the clock — so tests can run every command in-process with their own.
/// </summary>
internal sealed class CliContext(TextReader stdin, Func<string, string?> getEnvironment, ITerminal? terminal = null, TimeProvider? clock = null)
{
    public static CliContext FromConsole() => new(
        Console.In,
        Environment.GetEnvironmentVariable,
        Console.IsInputRedirected ? null : new ConsoleTerminal());

    public TextReader Stdin { get; } = stdin;

    public Func<string, string?> GetEnvironment { get; } = getEnvironment;

    /// <summary>Null when stdin is not a terminal (a pipe, a file, a CI job): nothing can be prompted for.</summary>
    public ITerminal? Terminal { get; } = terminal;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public SecretInput Secrets => new(Stdin, GetEnvironment);

    public AppPaths Paths => AppPaths.FromEnvironment(GetEnvironment);
}
