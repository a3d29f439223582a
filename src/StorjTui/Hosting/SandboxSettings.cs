using StorjTui.Configuration;
using StorjTui.Sandbox;

namespace StorjTui.Hosting;

/// <summary>The sandbox's options from the app's folders and settings: one place for the TUI, <c>--sandbox</c> and <c>sandbox serve</c>.</summary>
internal static class SandboxSettings
{
    /// <summary>
    /// The sandbox as configured, on a free port. <c>sandbox serve</c> adds the configured port, <c>--reset</c> and its
    /// own <c>--fault</c>s on top; the TUI and <c>--sandbox</c> pick a free port so they never clash with a served one.
    /// </summary>
    public static SandboxOptions From(AppPaths paths, StorjTuiOptions settings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(settings);
        return new SandboxOptions
        {
            DataFolder = paths.SandboxFolder,
            PendingFolder = paths.PendingFolder,
            S3GatewayUrl = settings.SandboxS3Gateway,
            S3QuotaBytes = settings.SandboxS3QuotaBytes,
            // One line as typed in config.json or the environment, run by the shell.
            ProvisioningCommand = settings.SandboxProvisionCommand is { } command ? ["/bin/sh", "-c", command] : null,
            Faults = settings.SandboxFaults,
            ObjectLockUIEnabled = settings.SandboxObjectLockUI,
            BucketEventingUIEnabled = settings.SandboxBucketEventingUI,
            LogInCaptcha = settings.SandboxLogInCaptcha,
            Time = time ?? TimeProvider.System,
        };
    }
}
