using Microsoft.Extensions.Logging;
using StorjTui.Configuration;
using StorjTui.Logging;

namespace StorjTui.Cli;

/// <summary>The private log file (0600) commands that talk to Storj write to, at the configured level.</summary>
internal sealed class CliLog : IDisposable
{
    private readonly FileLoggerProvider _provider;

    public CliLog(AppPaths paths, LogLevel level, string command)
    {
        _provider = new FileLoggerProvider(paths.LogFile, level);
        Logger = _provider.CreateLogger($"cli.{command}");
    }

    public ILogger Logger { get; }

    public void Dispose() => _provider.Dispose();
}
