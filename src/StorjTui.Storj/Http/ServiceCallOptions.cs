using System.Reflection;

namespace StorjTui.Storj.Http;

/// <summary>
/// How the HTTP clients talk to a Storj service (satellite console, auth service, or the sandbox):
/// per-call timeout, retries of idempotent reads, and whether plain HTTP is allowed off loopback.
/// </summary>
public sealed record ServiceCallOptions
{
    /// <summary>Each attempt gives up after this long.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts for idempotent GETs (1 = no retry). Calls that create something are never retried.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>First backoff delay; doubles each retry unless the server sends Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait the client accepts between attempts, Retry-After included; longer waits end the call.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Allow http:// for hosts that are not loopback (the app warns on screen).</summary>
    public bool Insecure { get; init; }

    /// <summary>Replaces the network stack (tests use canned responses). The caller keeps ownership.</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>
    /// Sent as <c>User-Agent</c> on every request: consoles and CDNs log it, and some firewalls refuse requests without
    /// one. Defaults to <see cref="DefaultUserAgent"/>.
    /// </summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary><c>storj-tui/&lt;version&gt;</c>, the version being the product's (without the build's commit suffix).</summary>
    public static string DefaultUserAgent { get; } =
        "storj-tui/" + (typeof(ServiceCallOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0").Split('+')[0];
}
