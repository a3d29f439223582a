using StorjTui.Sandbox.Faults;

namespace StorjTui.Sandbox.ChildProcess;

/// <summary>
/// The first line of <see cref="SandboxProtocol"/>: the <see cref="SandboxOptions"/> a child sandbox starts with, faults
/// in their one text form (<see cref="FaultSpec"/>). The clock and the logger stay in the parent's process.
/// </summary>
public sealed record SandboxStartRequest
{
    public required string DataFolder { get; init; }
    public string? PendingFolder { get; init; }
    public int Port { get; init; }
    public bool Reset { get; init; }
    public Uri? S3GatewayUrl { get; init; }
    public long S3QuotaBytes { get; init; }
    public IReadOnlyList<string>? ProvisioningCommand { get; init; }
    public IReadOnlyList<string> Faults { get; init; } = [];
    public bool ObjectLockUI { get; init; }
    public bool BucketEventingUI { get; init; }
    public bool LogInCaptcha { get; init; }

    /// <summary>What the parent sends for <paramref name="options"/>.</summary>
    public static SandboxStartRequest From(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SandboxStartRequest
        {
            DataFolder = options.DataFolder,
            PendingFolder = options.PendingFolder,
            Port = options.Port,
            Reset = options.Reset,
            S3GatewayUrl = options.S3GatewayUrl,
            S3QuotaBytes = options.S3QuotaBytes,
            ProvisioningCommand = options.ProvisioningCommand,
            Faults = options.Faults.Select(FaultSpec.Format).ToList(),
            ObjectLockUI = options.ObjectLockUIEnabled,
            BucketEventingUI = options.BucketEventingUIEnabled,
            LogInCaptcha = options.LogInCaptcha,
        };
    }

    /// <summary>The options the child starts with; a fault that does not parse is a <see cref="FaultSpecException"/>.</summary>
    public SandboxOptions ToOptions() => new()
    {
        DataFolder = DataFolder,
        PendingFolder = PendingFolder,
        Port = Port,
        Reset = Reset,
        S3GatewayUrl = S3GatewayUrl,
        S3QuotaBytes = S3QuotaBytes,
        ProvisioningCommand = ProvisioningCommand,
        Faults = Faults.Select(FaultSpec.Parse).ToList(),
        ObjectLockUIEnabled = ObjectLockUI,
        BucketEventingUIEnabled = BucketEventingUI,
        LogInCaptcha = LogInCaptcha,
    };
}
