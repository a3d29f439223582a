using StorjTui.Configuration;

namespace StorjTui.Tests.Cli;

/// <summary>
/// A throw-away home with its own XDG folders, so `--sandbox` runs keep their state (sandbox data, pending records,
/// log, session) in a temp folder; deleted on dispose.
/// </summary>
internal sealed class SandboxHome : IDisposable
{
    public const string Gateway = "http://127.0.0.1:9/";

    public SandboxHome(string logLevel = "Information", bool withGateway = true)
    {
        Root = Directory.CreateTempSubdirectory("storj-tui-cli-").FullName;
        Environment = new Dictionary<string, string?>
        {
            ["HOME"] = Root,
            ["XDG_CONFIG_HOME"] = Path.Combine(Root, "config"),
            ["XDG_DATA_HOME"] = Path.Combine(Root, "data"),
            ["XDG_STATE_HOME"] = Path.Combine(Root, "state"),
            ["STORJ_TUI__LogLevel"] = logLevel,
        };
        if (withGateway)
        {
            Environment["STORJ_TUI__Sandbox__S3Gateway"] = Gateway;
        }
        Paths = AppPaths.FromEnvironment(name => Environment.TryGetValue(name, out var v) ? v : null);
    }

    public string Root { get; }

    public Dictionary<string, string?> Environment { get; }

    public AppPaths Paths { get; }

    public string Out => Path.Combine(Root, "out");

    public CliResult Run(params string[] args) => RunWithStdin(null, args);

    public CliResult RunWithStdin(string? stdin, params string[] args) =>
        Cli.Run(new CliSetup { Stdin = stdin, Environment = Environment }, args);

    public CliResult Run(CliSetup setup, params string[] args) =>
        Cli.Run(new CliSetup { Stdin = setup.Stdin, StdinReader = setup.StdinReader, Terminal = setup.Terminal, Clock = setup.Clock, Environment = Environment }, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
