using System.Text;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.S3;

/// <summary>
/// The rclone export with Debian's rclone. The remote says <c>provider = Storj</c>, which makes rclone use
/// virtual-hosted-style URLs (bucket.host) and ignore <c>force_path_style</c>: right for Storj's gateway,
/// which has wildcard DNS, but <c>bucket.127.0.0.1</c> never resolves. So listing buckets (a request to the
/// endpoint itself) is tested with the remote unchanged, and bucket operations with the same file and only the
/// provider overridden through rclone's per-remote environment variable.
/// </summary>
[Collection(RadosgwCollection.Name)]
public sealed class RcloneExportTests(RadosgwFixture fixture)
{
    // One try each: a failure should be reported, not retried for minutes.
    private static readonly string[] Quick = ["--retries", "1", "--low-level-retries", "1", "--contimeout", "10s"];

    private static Task<CommandResult> Rclone(Dictionary<string, string?> env, params string[] args) =>
        ExternalCommand.RunAsync("rclone", [.. args, .. Quick], env, timeout: TimeSpan.FromMinutes(1));

    private static (string Name, string Value) PathStyleOverride(ExportedBundle export) =>
        ($"RCLONE_CONFIG_{export.ProfileName.ToUpperInvariant()}_PROVIDER", "Other");

    [SkippableFact]
    public async Task Exported_remote_lists_buckets_unchanged_and_copies_with_the_provider_overridden_for_loopback()
    {
        RequiredTool.Ensure("rclone");
        using var export = await ExportedBundle.CreateAsync(fixture.Server);
        var conf = export.File(".rclone.conf");
        var remote = export.ProfileName + ":";

        var lsd = await Rclone(export.Environment(), "--config", conf, "lsd", remote);
        Assert.True(lsd.Succeeded, lsd.Describe());
        Assert.Contains(export.Bucket, lsd.StandardOutput, StringComparison.Ordinal);

        // Why the override: with provider = Storj the bucket goes into the host name.
        var local = export.LocalFile("hello.txt", "hello via rclone\n");
        var virtualHosted = await Rclone(export.Environment(), "--config", conf, "copy", local, remote + export.Bucket);
        Assert.False(virtualHosted.Succeeded);
        Assert.Contains($"{export.Bucket}.127.0.0.1", virtualHosted.StandardError, StringComparison.Ordinal);

        var env = export.Environment(PathStyleOverride(export));
        var copy = await Rclone(env, "--config", conf, "copy", local, remote + export.Bucket);
        Assert.True(copy.Succeeded, copy.Describe());
        var cat = await Rclone(env, "--config", conf, "cat", $"{remote}{export.Bucket}/hello.txt");
        Assert.True(cat.Succeeded, cat.Describe());
        Assert.Equal("hello via rclone\n", cat.StandardOutput);
    }

    [SkippableFact]
    public async Task Merge_into_rclone_conf_keeps_other_remotes_and_the_new_remote_lists_buckets()
    {
        RequiredTool.Ensure("rclone");
        using var export = await ExportedBundle.CreateAsync(fixture.Server);
        var folder = Directory.CreateDirectory(Path.Combine(export.Home, ".config", "rclone")).FullName;
        var path = Path.Combine(folder, "rclone.conf");
        var original = Encoding.UTF8.GetBytes("[local-disk]\ntype = local\n\n[backup]\ntype = alias\nremote = local-disk:/srv/backup\n");
        await File.WriteAllBytesAsync(path, original);

        var merged = new ConfigFileMerge().MergeIntoRclone(export.Bundle, export.Home);

        Assert.True(File.ReadAllBytes(path).AsSpan().StartsWith(original), "rclone.conf lost its original bytes");
        Assert.Equal(original, File.ReadAllBytes(Assert.Single(merged.Backups)));
        var env = export.Environment();
        var remotes = await Rclone(env, "listremotes");
        Assert.True(remotes.Succeeded, remotes.Describe());
        Assert.Equal(["backup:", "local-disk:", export.ProfileName + ":"],
            remotes.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal));
        var lsd = await Rclone(env, "lsd", export.ProfileName + ":");
        Assert.True(lsd.Succeeded, lsd.Describe());
        Assert.Contains(export.Bucket, lsd.StandardOutput, StringComparison.Ordinal);
    }
}
