using System.Diagnostics;

namespace StorjTui.IntegrationTests.Bundles;

/// <summary>Runs tests/tools/StorjTui.BundleProbe (a real child process that writes one fixed bundle).</summary>
internal static class BundleProbe
{
    /// <summary>The files the probe writes (access "probe/access", all formats plus the passphrase).</summary>
    public static readonly string[] FileNames =
    [
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.txt",
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.aws-credentials",
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.aws-config",
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.rclone.conf",
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.env",
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.json",
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.docker.env",
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.passwd-s3fs",
        "Storj-S3-Credentials-probe_access-2026-01-01T12_00_00.000Z.k8s-secret.yaml",
        "Storj-passphrase-probe_access-2026-01-01T12_00_00.000Z.txt",
    ];

    public const string ExpectedTxt =
        "Access Key:\njwprobeprobeprobeprobeprobea\n\nSecret Key:\njprobesecretprobesecretprobesecretprobesecretprobesec\n\nEndpoint:\nhttps://gateway.storjshare.io";

    /// <summary>The probe's own switch (not the app's): a marker path; the probe writes it and sleeps before renaming.</summary>
    public const string PauseVariable = "STORJ_TUI_PROBE_PAUSE_BEFORE_RENAME";

    public static Process Start(string folder, string? asUser = null, IDictionary<string, string>? environment = null)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var probe = Path.Join(AppContext.BaseDirectory, "StorjTui.BundleProbe.dll");
        var start = asUser is null
            ? new ProcessStartInfo(dotnet, ["exec", probe, folder])
            : new ProcessStartInfo(asUser, ["--reuid=65534", "--regid=65534", "--clear-groups", dotnet, "exec", probe, folder]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = "/";
        start.Environment["HOME"] = "/tmp";
        start.Environment["DOTNET_CLI_HOME"] = "/tmp";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    public static (int ExitCode, string Output, string Error) Run(string folder, string? setpriv = null)
    {
        using var process = Start(folder, setpriv);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(180)))
        {
            process.Kill();
            Assert.Fail("the bundle probe did not finish within 180 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
