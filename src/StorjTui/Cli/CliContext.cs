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

    /// <summary>Settings from config.json and STORJ_TUI__ variables, validated (throws ConfigurationException).</summary>
    public StorjTuiOptions LoadOptions() => AppConfiguration.Load(Paths, null, Environment);
}
