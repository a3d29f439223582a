using Microsoft.Extensions.Logging;
using StorjTui.Sandbox.Faults;
using StorjTui.Storj.Files;

namespace StorjTui.Sandbox;

/// <summary>How to run the sandbox.</summary>
public sealed record SandboxOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where state persists (folder 0700, files 0600). Default <c>$XDG_DATA_HOME/storj-tui/sandbox</c>.</summary>
    public string DataFolder { get; init; } = DefaultDataFolder();

    /// <summary>Where connections made by <see cref="SandboxServer.ConnectAsync"/> keep pending creations. Default <c>$XDG_STATE_HOME/storj-tui/pending</c>.</summary>
    public string? PendingFolder { get; init; }

    /// <summary>Wipe the data folder before starting (<c>--sandbox-reset</c>).</summary>
    public bool Reset { get; init; }

    /// <summary>
    /// An S3 gateway whose URL the auth endpoint returns as <c>endpoint</c> instead of the sandbox's own (e.g. a local
    /// radosgw). Null (the default): the sandbox serves its own S3 gateway on 127.0.0.1 and hands that out.
    /// </summary>
    public Uri? S3GatewayUrl { get; init; }

    /// <summary>Port on 127.0.0.1 of the sandbox's own S3 gateway; 0 picks a free one.</summary>
    public int S3GatewayPort { get; init; }

    /// <summary>How many bytes each project may keep in the sandbox's own S3 gateway (objects and unfinished parts). Default 1 GiB.</summary>
    public long S3QuotaBytes { get; init; } = 1L << 30;

    /// <summary>
    /// A command (program and arguments, no shell) run whenever the auth endpoint makes credentials; it gets
    /// <c>ACCESS_KEY SECRET_KEY</c> and a newline on stdin and must exit 0 within <see cref="ProvisioningTimeout"/>,
    /// else the registration fails with HTTP 500. Used to create the same key pair on a local S3 server.
    /// </summary>
    public IReadOnlyList<string>? ProvisioningCommand { get; init; }

    public TimeSpan ProvisioningTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Require the CSRF token on writes, as satellites with CSRF protection do.</summary>
    public bool CsrfProtection { get; init; } = true;

    /// <summary>
    /// A log-in captcha, as satellites may have (console/service.go Token): the sandbox has none to solve, so a log-in
    /// fails it unless the account has MFA and a code is sent, which the satellite takes instead. Off by default.
    /// </summary>
    public bool LogInCaptcha { get; init; }

    /// <summary>The config's <c>objectLockUIEnabled</c>: offer the Object Lock permissions (on, as on the satellite by default).</summary>
    public bool ObjectLockUIEnabled { get; init; } = true;

    /// <summary>The config's <c>bucketEventingUIEnabled</c>: offer the bucket notification permissions (on by default).</summary>
    public bool BucketEventingUIEnabled { get; init; } = true;

    /// <summary>Faults to inject from the start; more can be added at run time through <see cref="SandboxServer.Faults"/>.</summary>
    public IReadOnlyList<SandboxFault> Faults { get; init; } = [];

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where the sandbox logs (hook failures); null logs nothing. It never logs keys, grants or passwords.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary><c>$XDG_DATA_HOME/storj-tui/sandbox</c>.</summary>
    public static string DefaultDataFolder() => Path.Combine(XdgFolders.OfThisProcess().DataHome, "storj-tui", "sandbox");
}
