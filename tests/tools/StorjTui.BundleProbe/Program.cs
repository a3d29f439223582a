using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;

// Usage: StorjTui.BundleProbe <folder> [--replace]
// Exit 0 and "written N" (then "warning …" lines) on success; exit 3 and "failure <BundleWriteFailure>" then the message on a typed error.
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: StorjTui.BundleProbe <folder> [--replace]");
    return 64;
}

var access = new CreatedAccess
{
    Type = AccessType.S3Credentials,
    Name = "probe/access",
    CreatedAt = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero),
    Permissions = Permissions.All,
    Buckets = [],
    AccessKeyId = "jwprobeprobeprobeprobeprobea",
    SecretKey = "jprobesecretprobesecretprobesecretprobesecretprobesec",
    Endpoint = "https://gateway.storjshare.io",
};
// The kill-mid-write test names a marker file here: the probe writes the temp files' paths into it at the moment
// between writing and renaming, then sleeps so the test can SIGKILL it there. The probe's own switch, injected into
// this one call; the app has no such switch.
var marker = Environment.GetEnvironmentVariable("STORJ_TUI_PROBE_PAUSE_BEFORE_RENAME");
var options = new BundleWriteOptions
{
    ReplaceExisting = args.Contains("--replace"),
    GeneratedPassphrase = Encoding.UTF8.GetBytes("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"),
    BeforeRename = marker is { Length: > 0 }
        ? temps =>
        {
            File.WriteAllText(marker, string.Join('\n', temps));
            Thread.Sleep(TimeSpan.FromSeconds(60));
        }
        : null,
};

try
{
    var result = BundleWriter.DownloadAll(CredentialBundle.From(access), args[0], options);
    Console.WriteLine($"written {result.Files.Count}");
    foreach (var warning in result.Warnings)
    {
        Console.WriteLine($"warning {warning}");
    }
    return 0;
}
catch (BundleWriteException e)
{
    Console.WriteLine($"failure {e.Failure}");
    Console.WriteLine(e.Message);
    return 3;
}
