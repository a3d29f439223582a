using Microsoft.Extensions.Logging;
using StorjTui.Configuration;
using StorjTui.Core.Access;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Http;

namespace StorjTui.Hosting;

/// <summary>
/// The one factory of Storj connections, for the TUI and the command line alike: the sandbox (started on first use,
/// in this process or as <c>storj-tui-sandbox</c> — see <see cref="RunningSandbox"/> — and stopped when this is disposed), a satellite console (password, REST key or a saved session) and an
/// existing access grant. Every connection gets the same HTTP settings (Insecure, Timeout) and pending folder.
/// <paramref name="log"/> gets a child sandbox's log lines.
/// </summary>
internal sealed class BackEnds(SandboxOptions sandboxOptions, ServiceCallOptions? http = null, string? pendingFolder = null, ILogger? log = null) : IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private RunningSandbox? _sandbox;

    /// <summary>The back ends as the folders and settings describe them; <paramref name="time"/> is the sandbox's clock.</summary>
    public static BackEnds From(AppPaths paths, StorjTuiOptions settings, TimeProvider? time = null, ILogger? log = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(settings);
        return new BackEnds(SandboxSettings.From(paths, settings, time), settings.Http, paths.PendingFolder, log);
    }

    public ServiceCallOptions Http { get; } = http ?? new ServiceCallOptions();

    /// <summary>The sandbox once started (null before), e.g. for its banner.</summary>
    public RunningSandbox? Sandbox => _sandbox;

    /// <summary>
    /// How to reach the satellite at <paramref name="consoleUrl"/>. Without <paramref name="nodeUrl"/>, a Storj
    /// region's console gets that region's node URL; any other leaves it to the console's config.
    /// </summary>
    public SatelliteConnectionOptions SatelliteOptions(Uri consoleUrl, string? nodeUrl = null)
    {
        ArgumentNullException.ThrowIfNull(consoleUrl);
        var options = new SatelliteConnectionOptions
        {
            ConsoleUrl = consoleUrl,
            NodeUrl = nodeUrl ?? SatelliteRegion.All.FirstOrDefault(r => r.ConsoleUrl == consoleUrl)?.NodeUrl,
            Http = Http,
        };
        return pendingFolder is null ? options : options with { PendingFolder = pendingFolder };
    }

    /// <summary>The sandbox, logged in as its demo user; the first call starts it.</summary>
    public async Task<SatelliteConnection> OpenSandboxAsync(CancellationToken cancellationToken)
    {
        RunningSandbox sandbox = await StartSandboxAsync(cancellationToken).ConfigureAwait(false);
        return await SatelliteConnection.LogInAsync(sandbox.ConnectionOptions(Http), SandboxServer.DemoEmail, SandboxServer.DemoPassword, null, null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Logs in with e-mail and password, plus a two-factor <paramref name="passcode"/> or <paramref name="recoveryCode"/> when the account asks.</summary>
    public Task<SatelliteConnection> LogInAsync(Uri consoleUrl, string? nodeUrl, string email, string password, string? passcode, string? recoveryCode, CancellationToken cancellationToken) =>
        SatelliteConnection.LogInAsync(SatelliteOptions(consoleUrl, nodeUrl), email, password, passcode, recoveryCode, cancellationToken);

    /// <summary>Logs in with a console REST API key.</summary>
    public Task<SatelliteConnection> LogInWithRestKeyAsync(Uri consoleUrl, string? nodeUrl, string restKey, CancellationToken cancellationToken) =>
        SatelliteConnection.LogInWithRestKeyAsync(SatelliteOptions(consoleUrl, nodeUrl), restKey, cancellationToken);

    /// <summary>Continues a console session saved by <c>login</c>.</summary>
    public Task<SatelliteConnection> ResumeSessionAsync(Uri consoleUrl, string? nodeUrl, string sessionToken, CancellationToken cancellationToken) =>
        SatelliteConnection.FromSessionAsync(SatelliteOptions(consoleUrl, nodeUrl), sessionToken, cancellationToken);

    /// <summary>An existing access grant (surrounding white space ignored); a malformed one is a <see cref="StorjConnectionException"/>.</summary>
    public IStorjConnection OpenGrant(string serializedGrant)
    {
        ArgumentNullException.ThrowIfNull(serializedGrant);
        return GrantConnection.Open(serializedGrant.Trim(), new GrantConnectionOptions { Http = Http });
    }

    private async Task<RunningSandbox> StartSandboxAsync(CancellationToken cancellationToken)
    {
        // Two connects at once (a double Enter) must not start two sandboxes on one data folder.
        await _starting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _sandbox ??= await RunningSandbox.StartAsync(sandboxOptions, log, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync().ConfigureAwait(false);
            _sandbox = null;
        }

        _starting.Dispose();
    }
}
