using Microsoft.Extensions.Logging;
using StorjTui.Configuration;
using StorjTui.Core.Access;
using StorjTui.Hosting;

namespace StorjTui.Cli;

/// <summary>
/// The connection a command talks to, built by the back-end factory: the sandbox (<c>--sandbox</c>, logged
/// in as its demo user, state kept between runs), else the console session `login` saved. Disposing closes both.
/// </summary>
internal sealed class CliConnection : IAsyncDisposable
{
    private readonly BackEnds _backEnds;

    private CliConnection(IStorjConnection connection, BackEnds backEnds)
    {
        Connection = connection;
        _backEnds = backEnds;
    }

    public IStorjConnection Connection { get; }

    /// <summary>The factory as this command's settings and clock describe it.</summary>
    public static BackEnds Factory(CliContext context, StorjTuiOptions options, ILogger? log = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return BackEnds.From(context.Paths, options, context.Clock, log);
    }

    public static async Task<CliConnection> OpenAsync(CliContext context, StorjTuiOptions options, bool sandbox, ILogger log, CancellationToken cancellationToken)
    {
        var paths = context.Paths;
        var backEnds = Factory(context, options, log);
        try
        {
            if (sandbox)
            {
                log.StartingSandbox(paths.SandboxFolder);
                return new CliConnection(await backEnds.OpenSandboxAsync(cancellationToken), backEnds);
            }
            var session = SavedSession.Load(paths.SessionFile)
                ?? throw new UsageException("not logged in: run 'storj-tui login' first (or add --sandbox to try the built-in sandbox).");
            log.UsingSession(session.ConsoleUrl);
            return new CliConnection(await backEnds.ResumeSessionAsync(session.ConsoleUrl, session.NodeUrl, session.Token, cancellationToken), backEnds);
        }
        catch
        {
            await backEnds.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await _backEnds.DisposeAsync();
    }
}
