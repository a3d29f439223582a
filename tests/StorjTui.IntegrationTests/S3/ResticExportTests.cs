using System.Security.Cryptography;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.S3;

/// <summary>
/// The restic export with Debian's restic against radosgw and the sandbox's own gateway: the <c>.restic.env</c> file
/// is sourced by sh exactly as
/// its comment says, and restic inits the repository, backs up, lists the snapshot and restores byte for byte.
/// restic's own password is the test's (restic asks for it; the file holds none).
/// </summary>
[Collection(RadosgwCollection.Name)]
public sealed class ResticExportTests(RadosgwFixture fixture, SandboxGatewayFixture sandbox)
{
    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Sourced_restic_env_inits_backs_up_lists_and_restores_byte_identical(string server)
    {
        RequiredTool.Ensure("restic");
        using var export = await ExportedBundle.CreateAsync(S3Targets.Pick(server, fixture, sandbox));
        var bundle = export.Bundle.WithRepositoryBucket(export.Bucket);
        var envFile = Assert.Single(BundleWriter.DownloadAll(bundle, export.Folder, new BundleWriteOptions { Formats = [BundleFormat.Restic] }).Files);
        var source = Directory.CreateDirectory(Path.Combine(export.Home, "data")).FullName;
        var files = new Dictionary<string, byte[]>
        {
            ["small.txt"] = "hello via restic\n"u8.ToArray(),
            ["random.bin"] = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17),
            ["empty"] = [],
        };
        foreach (var (name, bytes) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(source, name), bytes);
        }

        var env = export.Environment(("RESTIC_PASSWORD", "restic-repository-password"), ("RESTIC_CACHE_DIR", Path.Combine(export.Home, "cache")));
        Task<CommandResult> Restic(params string[] args) => ExternalCommand.RunAsync(
            "/bin/sh", ["-c", "set -a; . \"$0\"; set +a; exec restic \"$@\"", envFile, .. args], env, timeout: TimeSpan.FromMinutes(2));

        var init = await Restic("init");
        Assert.True(init.Succeeded, init.Describe());
        Assert.Contains($"s3:{export.Endpoint.TrimEnd('/')}/{export.Bucket}/restic", init.StandardOutput, StringComparison.Ordinal);
        var backup = await Restic("backup", source);
        Assert.True(backup.Succeeded, backup.Describe());
        var snapshots = await Restic("snapshots", "--json");
        Assert.True(snapshots.Succeeded, snapshots.Describe());
        using (var list = System.Text.Json.JsonDocument.Parse(snapshots.StandardOutput))
        {
            Assert.Equal(source, Assert.Single(Assert.Single(list.RootElement.EnumerateArray()).GetProperty("paths").EnumerateArray()).GetString());
        }

        var target = Path.Combine(export.Home, "restored");
        var restore = await Restic("restore", "latest", "--target", target);
        Assert.True(restore.Succeeded, restore.Describe());
        var restored = Path.Combine(target, source.TrimStart('/'));
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(restored).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in files)
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(restored, name)));
        }
    }
}
