using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StorjTui.Sandbox.Accounts;
using StorjTui.Sandbox.Credentials;
using StorjTui.Sandbox.Faults;
using StorjTui.Sandbox.Gateway;
using StorjTui.Sandbox.Gateway.Storage;
using StorjTui.Sandbox.Routes;
using StorjTui.Sandbox.State;
using StorjTui.Storj.Connections;
using StorjTui.Core.Bundles;
using StorjTui.Storj.Http;

namespace StorjTui.Sandbox;

/// <summary>
/// A stand-in for a Storj satellite console and auth service on 127.0.0.1: same routes, JSON shapes, status codes
/// and error texts; real macaroon API keys signed with its own root secret; credentials made and kept the way the
/// auth service does. Two demo accounts — <see cref="DemoEmail"/> without MFA and <see cref="MfaDemoEmail"/> with a
/// fixed TOTP secret, both with <see cref="DemoPassword"/> and the satellite's lockout after failed log-ins — sharing
/// a "Demo project" and a "Managed project" (satellite-managed passphrase).
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    /// <summary>The demo account's e-mail address.</summary>
    public const string DemoEmail = SandboxServices.UserEmail;

    /// <summary>The demo account's password (public on purpose: the sandbox guards nothing real).</summary>
    public const string DemoPassword = SandboxServices.UserPassword;

    /// <summary>The MFA demo account's e-mail address (password <see cref="DemoPassword"/>).</summary>
    public const string MfaDemoEmail = SandboxAccounts.MfaEmail;

    /// <summary>The MFA demo account's TOTP secret (base32, SHA-1, 30 s, 6 digits): add it to an authenticator app, or use <see cref="Totp.Code(string, DateTimeOffset)"/>.</summary>
    public const string MfaDemoSecret = SandboxAccounts.MfaSecret;

    /// <summary>The MFA demo account's recovery codes (each works once per run of the sandbox).</summary>
    public static IReadOnlyList<string> MfaDemoRecoveryCodes => SandboxAccounts.MfaRecoveryCodes;

    /// <summary>Wrong passwords or codes in a row that lock an account (the satellite's default), first for 2 minutes.</summary>
    public const int LogInAttemptsBeforeLockout = SandboxAccount.LoginAttemptsWithoutPenalty;

    /// <summary>What connections to the sandbox show instead of an endpoint when it hands out none (no gateway running, none configured).</summary>
    public const string NoGatewayNotice = "The sandbox has no S3 gateway configured: these keys work only against the sandbox.";

    private readonly WebApplication app;
    private readonly SandboxServices services;
    private readonly S3Gateway? gateway;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> userAgents;

    private readonly SandboxFolderLock folderLock;

    private SandboxServer(WebApplication app, SandboxServices services, SandboxFaults faults, S3Gateway? gateway, System.Collections.Concurrent.ConcurrentDictionary<string, byte> userAgents, SandboxFolderLock folderLock)
    {
        this.folderLock = folderLock;
        this.app = app;
        this.services = services;
        this.gateway = gateway;
        this.userAgents = userAgents;
        Faults = faults;
    }

    /// <summary>The S3 endpoint handed out with new keys: <see cref="SandboxOptions.S3GatewayUrl"/> if set, else the sandbox's own gateway.</summary>
    public Uri? S3Endpoint => services.S3Endpoint;

    /// <summary>The sandbox's own S3 gateway's URL, or null when an override replaces it.</summary>
    public Uri? OwnGatewayUrl => gateway?.Url;

    /// <summary>The console (and auth service) base URL, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl => services.BaseUrl;

    /// <summary>The satellite address grants must carry (<c>nodeid@sandbox.invalid:7777</c>, stable across runs).</summary>
    public string SatelliteNodeUrl => services.NodeUrl;

    /// <summary>A console REST key for the demo account (for <c>token-by-api-key</c> log-ins).</summary>
    public string DemoRestKey => services.State.RestKey;

    public SandboxOptions Options => services.Options;

    /// <summary>The handlers' shared state, for tests.</summary>
    internal SandboxServices Services => services;

    /// <summary>Faults injected into answers; add and clear while running.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>Every distinct <c>User-Agent</c> the sandbox was sent ("" for none), so tests can see what clients name themselves.</summary>
    public IReadOnlyCollection<string> UserAgentsSeen => userAgents.Keys.ToList();

    /// <summary>How many S3 credentials the auth endpoint has issued and keeps.</summary>
    public int CredentialCount => services.Credentials.Count;

    /// <summary>Starts the sandbox and, unless <see cref="SandboxOptions.S3GatewayUrl"/> overrides it, its own S3 gateway with the grant as the policy.</summary>
    public static Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, state => new GrantAuthority(state), cancellationToken);

    /// <summary>Starts the sandbox; <paramref name="authority"/> makes the grant policy of its own S3 gateway (tests swap it; null: no gateway of its own).</summary>
    internal static async Task<SandboxServer> StartAsync(SandboxOptions options, Func<SandboxState, IGrantAuthority>? authority, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        // One sandbox per data folder: a second would load the state once and overwrite the first's keys.
        var folderLock = SandboxFolderLock.Take(options.DataFolder);
        try
        {
            return await StartLockedAsync(options, authority, folderLock, cancellationToken);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    private static async Task<SandboxServer> StartLockedAsync(SandboxOptions options, Func<SandboxState, IGrantAuthority>? authority, SandboxFolderLock folderLock, CancellationToken cancellationToken)
    {
        if (options.Reset)
        {
            Reset(options.DataFolder);
        }
        PrivateFolders.Secure(options.DataFolder);
        var state = SandboxState.LoadOrCreate(options.DataFolder, options.Time.GetUtcNow());
        var credentials = new CredentialStore(Path.Combine(options.DataFolder, "credentials.json"));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.DataFolder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = 64 * 1024;
        });
        var app = builder.Build();
        var logger = options.LoggerFactory?.CreateLogger("StorjTui.Sandbox") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var hook = options.ProvisioningCommand is { Count: > 0 } command ? new ProvisioningHook(command, options.ProvisioningTimeout, logger) : null;
        var services = new SandboxServices(options, state, credentials, hook);
        var faults = new SandboxFaults();
        foreach (var fault in options.Faults)
        {
            faults.Add(fault);
        }
        var userAgents = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        app.Use((context, next) =>
        {
            // Bounded: a demo server should not grow without limit on whatever callers send.
            if (userAgents.Count < 64)
            {
                userAgents.TryAdd(context.Request.Headers.UserAgent.ToString(), 0);
            }

            return next();
        });
        app.Use((context, next) => FaultMiddleware.InvokeAsync(context, faults, new RequestDelegate(_ => next())));
        ConsoleEndpoints.Map(app, services);
        AuthEndpoints.Map(app, services);
        S3Gateway? gateway = null;
        if (options.S3GatewayUrl is null && authority is not null)
        {
            var objects = new ObjectStore(Path.Combine(options.DataFolder, "objects"), options.S3QuotaBytes);
            var uploads = new MultipartStore(Path.Combine(options.DataFolder, "objects", "uploads"), objects);
            gateway = await StartGatewayAsync(new GatewayServices(state, credentials, authority(state), objects, uploads, options.Time), options, cancellationToken);
        }
        services.S3Endpoint = options.S3GatewayUrl ?? gateway?.Url;
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            if (gateway is not null)
            {
                await gateway.DisposeAsync();
            }
            throw;
        }
        var address = app.Urls.First();
        services.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return new SandboxServer(app, services, faults, gateway, userAgents, folderLock);
    }

    /// <summary>
    /// Starts the gateway on <see cref="SandboxOptions.S3GatewayPort"/>, or else on the port it had last time (kept in
    /// <c>s3-gateway-port</c>), so bundles saved in one run still reach it in the next; a new free port if that one is taken.
    /// </summary>
    private static async Task<S3Gateway> StartGatewayAsync(GatewayServices services, SandboxOptions options, CancellationToken cancellationToken)
    {
        if (options.S3GatewayPort != 0)
        {
            return await S3Gateway.StartAsync(services, options.S3GatewayPort, cancellationToken);
        }
        var file = Path.Combine(options.DataFolder, "s3-gateway-port");
        S3Gateway? gateway = null;
        if (File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), System.Globalization.CultureInfo.InvariantCulture, out var last) && last is > 0 and <= 65535)
        {
            try
            {
                gateway = await S3Gateway.StartAsync(services, last, cancellationToken);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                // Taken by something else now: pick a new port below.
            }
        }
        gateway ??= await S3Gateway.StartAsync(services, 0, cancellationToken);
        PrivateFiles.Replace(file, gateway.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return gateway;
    }

    /// <summary>What <c>sandbox serve</c> prints: where it listens, how to log in, where its state lives, and what the endpoint will be.</summary>
    public string Banner() => string.Join(Environment.NewLine, new[]
    {
        $"Sandbox satellite console and auth service: {BaseUrl}",
        $"Satellite node URL (in grants): {SatelliteNodeUrl}",
        $"Demo account: {DemoEmail} / password {DemoPassword} (no MFA)",
        $"MFA demo account: {MfaDemoEmail} / password {DemoPassword}, TOTP secret {MfaDemoSecret} (SHA-1, 30 s, 6 digits), recovery codes {string.Join(", ", MfaDemoRecoveryCodes)}",
        $"Log-ins lock for {SandboxAccount.FailedLoginPenalty:0} minutes after {SandboxAccount.LoginAttemptsWithoutPenalty} wrong passwords or codes, longer after each further one, as on the satellite.",
        // The sandbox's own demo key (not a Storj secret): scripts log in with `storj-tui login --rest-key-stdin`.
        $"Console REST key (for storj-tui login --satellite {BaseUrl} --rest-key-stdin): {DemoRestKey}",
        $"State: {Options.DataFolder}",
        OwnGatewayUrl is { } own ? $"S3 gateway (the sandbox's own, path-style; endpoint returned with new keys): {own}"
            : S3Endpoint is { } endpoint ? $"S3 endpoint returned: {endpoint}"
            : "No S3 gateway configured: credentials work only against the sandbox.",
    }.Concat(Options.Faults.Select(f => $"Injecting fault (for testing): {FaultSpec.Format(f)}")));

    /// <summary>Deletes the sandbox's saved state (<c>--sandbox-reset</c>).</summary>
    public static void Reset(string dataFolder)
    {
        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>Options for a <see cref="SatelliteConnection"/> to this sandbox (log in with <see cref="DemoEmail"/>/<see cref="DemoPassword"/>).</summary>
    public SatelliteConnectionOptions ConnectionOptions(ServiceCallOptions? http = null) => ConnectionOptions(BaseUrl, Options.PendingFolder, Options.Time, http);

    /// <summary>Options for a <see cref="SatelliteConnection"/> to a sandbox at <paramref name="baseUrl"/>, in this process or another.</summary>
    public static SatelliteConnectionOptions ConnectionOptions(Uri baseUrl, string? pendingFolder, TimeProvider time, ServiceCallOptions? http = null) => new()
    {
        ConsoleUrl = baseUrl,
        Http = http ?? new ServiceCallOptions(),
        PendingFolder = pendingFolder ?? PendingCreationStore.DefaultFolder(),
        Description = "Sandbox",
        MissingEndpointNotice = NoGatewayNotice,
        AuthServiceFallback = baseUrl,
        Time = time,
    };

    /// <summary>Options for a <see cref="GrantConnection"/> holding a grant this sandbox issued (registers here).</summary>
    public GrantConnectionOptions GrantConnectionOptions(ServiceCallOptions? http = null) => new()
    {
        AuthServiceUrl = BaseUrl,
        Http = http ?? new ServiceCallOptions(),
        MissingEndpointNotice = NoGatewayNotice,
        Time = Options.Time,
    };

    /// <summary>A connection logged in as the demo user, ready for the flow.</summary>
    public Task<SatelliteConnection> ConnectAsync(CancellationToken cancellationToken = default) =>
        SatelliteConnection.LogInAsync(ConnectionOptions(), DemoEmail, DemoPassword, null, null, cancellationToken);

    /// <summary>Runs until <paramref name="cancellationToken"/> fires or the host is told to stop (for <c>sandbox serve</c>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }
        folderLock.Dispose();
    }

    public override string ToString() => $"SandboxServer {{ {BaseUrl} }}";
}
