using System.Collections;
using StorjTui.Configuration;

namespace StorjTui.Cli;

/// <summary>
/// What commands read from outside their arguments — stdin, the environment, the terminal (when there is one)
/// and the clock — so tests can run every command in-process with their own.
/// </summary>
internal sealed class CliContext(TextReader stdin, IReadOnlyDictionary<string, string?> environment, ITerminal? terminal = null, TimeProvider? clock = null)
{
    public static CliContext FromConsole()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = entry.Value as string;
        }
        return new(Console.In, environment, Console.IsInputRedirected ? null : new ConsoleTerminal());
    }

    public TextReader Stdin { get; } = stdin;

    /// <summary>The environment variables (a snapshot; tests give their own).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; } = environment;

    /// <summary>Null when stdin is not a terminal (a pipe, a file, a CI job): nothing can be prompted for.</summary>
    public ITerminal? Terminal { get; } = terminal;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public string? GetEnvironment(string name) => Environment.TryGetValue(name, out var value) ? value : null;

    public SecretInput Secrets => new(Stdin, GetEnvironment);

    public AppPaths Paths => AppPaths.FromEnvironment(GetEnvironment);

    /// <summary>Where the settings' warnings go (stderr; set by CommandLine.Run).</summary>
    public TextWriter? WarningOutput { get; set; }

    private bool _warned;

    /// <summary>
    /// Settings from config.json and STORJ_TUI__ variables, validated (throws ConfigurationException). Their warnings
    /// (e.g. Insecure in effect) go to <see cref="WarningOutput"/>, once per command.
    /// </summary>
    public StorjTuiOptions LoadOptions()
    {
        var options = AppConfiguration.Load(Paths, null, Environment);
        if (!_warned && WarningOutput is { } output)
        {
            _warned = true;
            foreach (var warning in options.Warnings)
            {
                output.WriteLine($"storj-tui: warning: {warning}");
            }
        }
        return options;
    }
}
