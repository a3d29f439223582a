using Microsoft.Extensions.Logging;
using StorjTui.Configuration;
using StorjTui.Core.Access;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;

namespace StorjTui.Cli;

/// <summary>
/// The connection a command talks to: the in-process sandbox (<c>--sandbox</c>, logged in as its demo user, state
/// kept between runs), else the console session `login` saved. Disposing closes both.
/// </summary>
internal sealed class CliConnection : IAsyncDisposable
{
    private readonly SandboxServer? _sandbox;

    private CliConnection(IStorjConnection connection, SandboxServer? sandbox)
    {
        Connection = connection;
        _sandbox = sandbox;
    }

    public IStorjConnection Connection { get; }

    public static async Task<CliConnection> OpenAsync(CliContext context, StorjTuiOptions options, bool sandbox, ILogger log, CancellationToken cancellationToken)
    {
        var paths = context.Paths;
        var http = options.Http;
        if (sandbox)
        {
            log.StartingSandbox(paths.SandboxFolder);
            var server = await SandboxServer.StartAsync(new SandboxOptions
            {
                DataFolder = paths.SandboxFolder,
                PendingFolder = paths.PendingFolder,
                S3GatewayUrl = options.SandboxS3Gateway,
                S3QuotaBytes = options.SandboxS3QuotaBytes,
                // One line as typed in config.json or the environment, run as `sandbox serve` runs it.
                ProvisioningCommand = options.SandboxProvisionCommand is { } command ? ["/bin/sh", "-c", command] : null,
                Faults = options.SandboxFaults,
                Time = context.Clock,
            }, cancellationToken);
            try
            {
                var connection = await SatelliteConnection.LogInAsync(
                    server.ConnectionOptions(http), SandboxServer.DemoEmail, SandboxServer.DemoPassword, null, null, cancellationToken);
                return new CliConnection(connection, server);
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
        var session = SavedSession.Load(paths.SessionFile)
            ?? throw new UsageException("not logged in: run 'storj-tui login' first (or add --sandbox to try the built-in sandbox).");
        log.UsingSession(session.ConsoleUrl);
        var satellite = await SatelliteConnection.FromSessionAsync(SatelliteOptions(paths, options, session.ConsoleUrl, session.NodeUrl), session.Token, cancellationToken);
        return new CliConnection(satellite, null);
    }

    public static SatelliteConnectionOptions SatelliteOptions(AppPaths paths, StorjTuiOptions options, Uri consoleUrl, string? nodeUrl) => new()
    {
        ConsoleUrl = consoleUrl,
        NodeUrl = nodeUrl,
        Http = options.Http,
        PendingFolder = paths.PendingFolder,
    };

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}
