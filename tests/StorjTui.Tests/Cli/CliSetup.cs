using StorjTui.Cli;

namespace StorjTui.Tests.Cli;

/// <summary>What a test run of the command line sees: stdin, environment variables, a terminal (or none) and a clock.</summary>
internal sealed class CliSetup
{
    public string? Stdin { get; init; }

    /// <summary>Stdin as a reader (e.g. an endless one); wins over <see cref="Stdin"/>.</summary>
    public TextReader? StdinReader { get; init; }

    public Dictionary<string, string?> Environment { get; init; } = [];

    public ITerminal? Terminal { get; init; }

    public TimeProvider? Clock { get; init; }
}
