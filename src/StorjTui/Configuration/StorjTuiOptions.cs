using Microsoft.Extensions.Logging;
using StorjTui.Sandbox.Faults;
using StorjTui.Storj.Http;

namespace StorjTui.Configuration;

/// <summary>The app's settings after every source was applied and validated. Holds no secret, by design.</summary>
internal sealed record StorjTuiOptions
{
    /// <summary>us1, eu1, ap1, or custom (then <see cref="SatelliteUrl"/> and <see cref="SatelliteNodeUrl"/> are required).</summary>
    public string Region { get; init; } = "us1";

    /// <summary>Console URL of a custom satellite, e.g. https://satellite.example.com.</summary>
    public Uri? SatelliteUrl { get; init; }

    /// <summary>Node URL of a custom satellite (id@host:port), written into access grants.</summary>
    public string? SatelliteNodeUrl { get; init; }

    /// <summary>Allow plain HTTP to hosts other than loopback. Shown as a warning on screen.</summary>
    public bool Insecure { get; init; }

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>Draw with ASCII only; null means decide from the terminal (TERM=linux, dumb).</summary>
    public bool? Ascii { get; init; }

    /// <summary>S3 gateway the sandbox reports as the endpoint instead of its own (none by default: the sandbox's own gateway).</summary>
    public Uri? SandboxS3Gateway { get; init; }

    /// <summary>Bytes each project may keep in the sandbox's own S3 gateway (Sandbox:S3QuotaBytes, default 1 GiB).</summary>
    public long SandboxS3QuotaBytes { get; init; } = 1L << 30;

    /// <summary>Command the sandbox runs with "ACCESS_KEY SECRET_KEY" on stdin for each new credential.</summary>
    public string? SandboxProvisionCommand { get; init; }

    /// <summary>Port for `sandbox serve` (0 = pick a free one).</summary>
    public int SandboxPort { get; init; }

    /// <summary>Faults the sandbox injects (Sandbox:Faults, for testing how the app copes); none by default.</summary>
    public IReadOnlyList<SandboxFault> SandboxFaults { get; init; } = [];

    /// <summary>The sandbox satellite's Object Lock UI flag (Sandbox:ObjectLockUI, on by default, as on the satellite).</summary>
    public bool SandboxObjectLockUI { get; init; } = true;

    /// <summary>The sandbox satellite's bucket eventing UI flag (Sandbox:BucketEventingUI, on by default).</summary>
    public bool SandboxBucketEventingUI { get; init; } = true;

    /// <summary>Whether the sandbox asks for a log-in captcha (Sandbox:LogInCaptcha, off by default).</summary>
    public bool SandboxLogInCaptcha { get; init; }

    /// <summary>How long each request to the console or auth service may take before it is given up (Timeout, seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What every console and auth-service call takes from these settings (Insecure, Timeout).</summary>
    public ServiceCallOptions Http => new() { Insecure = Insecure, Timeout = Timeout };

    /// <summary>Warnings to show the user (e.g. --insecure in effect).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
