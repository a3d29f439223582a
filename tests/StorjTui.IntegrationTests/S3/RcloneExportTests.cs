using System.Text;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.S3;

/// <summary>
/// The rclone export with Debian's rclone, against radosgw and the sandbox's own gateway, used exactly as written.
/// For Storj's gateways the remote says <c>provider = Storj</c> (virtual-host style, wildcard DNS); for a loopback
/// endpoint like these it says <c>provider = Other</c> with path style, since <c>bucket.127.0.0.1</c> never resolves.
/// </summary>
[Collection(RadosgwCollection.Name)]
public sealed class RcloneExportTests(RadosgwFixture fixture, SandboxGatewayFixture sandbox)
{
    private IS3Target Target(string name) => S3Targets.Pick(name, fixture, sandbox);

    // One try each: a failure should be reported, not retried for minutes.
    private static readonly string[] Quick = ["--retries", "1", "--low-level-retries", "1", "--contimeout", "10s"];

    private static Task<CommandResult> Rclone(Dictionary<string, string?> env, params string[] args) =>
        ExternalCommand.RunAsync("rclone", [.. args, .. Quick], env, timeout: TimeSpan.FromMinutes(1));

    private static (string Name, string Value) PathStyleOverride(ExportedBundle export) =>
        ($"RCLONE_CONFIG_{export.ProfileName.ToUpperInvariant()}_PROVIDER", "Other");

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Exported_remote_as_written_lists_copies_and_reads_back(string target)
    {
        RequiredTool.Ensure("rclone");
        using var export = await ExportedBundle.CreateAsync(Target(target));
        var conf = export.File(".rclone.conf");
        var remote = export.ProfileName + ":";
        // A loopback endpoint gets provider = Other with path style (bucket.127.0.0.1 would never resolve).
        Assert.Contains("provider = Other\nforce_path_style = true\n", await File.ReadAllTextAsync(conf), StringComparison.Ordinal);

        var lsd = await Rclone(export.Environment(), "--config", conf, "lsd", remote);
        Assert.True(lsd.Succeeded, lsd.Describe());
        Assert.Contains(export.Bucket, lsd.StandardOutput, StringComparison.Ordinal);

        var local = export.LocalFile("hello.txt", "hello via rclone\n");
        var copy = await Rclone(export.Environment(), "--config", conf, "copy", local, remote + export.Bucket);
        Assert.True(copy.Succeeded, copy.Describe());
        var cat = await Rclone(export.Environment(), "--config", conf, "cat", $"{remote}{export.Bucket}/hello.txt");
        Assert.True(cat.Succeeded, cat.Describe());
        Assert.Equal("hello via rclone\n", cat.StandardOutput);

        // The provider override people used before still works.
        var env = export.Environment(PathStyleOverride(export));
        var again = await Rclone(env, "--config", conf, "cat", $"{remote}{export.Bucket}/hello.txt");
        Assert.True(again.Succeeded, again.Describe());
    }

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Merge_into_rclone_conf_keeps_other_remotes_and_the_new_remote_lists_buckets(string target)
    {
        RequiredTool.Ensure("rclone");
        using var export = await ExportedBundle.CreateAsync(Target(target));
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
