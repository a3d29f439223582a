using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using StorjTui.IntegrationTests.Infrastructure;
using StorjTui.Storj.S3;
using Xunit.Abstractions;

namespace StorjTui.IntegrationTests.S3;

/// <summary>
/// Everyday tools against the sandbox's own S3 gateway with credentials from the create flow and the grant as the
/// real policy: a 100 MiB aws CLI multipart copy both ways, restic's whole cycle, and two passphrases kept apart.
/// </summary>
[Collection(RadosgwCollection.Name)]
public sealed class SandboxGatewayToolTests(SandboxGatewayFixture sandbox, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Aws_cli_copies_100_MiB_up_and_down_byte_identical_then_lists_and_removes_it()
    {
        output.WriteLine(await AwsCli.RequireEndpointUrlSupportAsync());
        using var export = await ExportedBundle.CreateAsync(sandbox);
        var env = export.Environment(("AWS_SHARED_CREDENTIALS_FILE", export.File(".aws-credentials")), ("AWS_CONFIG_FILE", export.File(".aws-config")));
        var local = Path.Combine(export.Home, "big.bin");
        var body = RandomNumberGenerator.GetBytes(100 * 1024 * 1024);
        await File.WriteAllBytesAsync(local, body);
        var back = Path.Combine(export.Home, "back.bin");

        var up = await Aws(env, export, "s3", "cp", local, $"s3://{export.Bucket}/big.bin");
        var ls = await Aws(env, export, "s3", "ls", $"s3://{export.Bucket}/");
        var down = await Aws(env, export, "s3", "cp", $"s3://{export.Bucket}/big.bin", back);

        Assert.True(up.Succeeded, up.Describe());
        Assert.True(ls.Succeeded, ls.Describe());
        Assert.Contains("104857600 big.bin", ls.StandardOutput, StringComparison.Ordinal);
        Assert.True(down.Succeeded, down.Describe());
        var copy = await File.ReadAllBytesAsync(back);
        Assert.True(body.AsSpan().SequenceEqual(copy), "the downloaded copy differs");
        using (var s3 = S3ClientFactory.Create(export.Keys.AccessKeyId, export.Keys.SecretKey, new Uri(export.Endpoint)))
        {
            // aws s3 cp uploads 100 MiB in 8 MiB parts: S3's multipart ETag.
            Assert.Matches("^\"[0-9a-f]{32}-13\"$", (await s3.GetObjectMetadataAsync(export.Bucket, "big.bin")).ETag);
        }
        var rm = await Aws(env, export, "s3", "rm", $"s3://{export.Bucket}/big.bin");
        Assert.True(rm.Succeeded, rm.Describe());
        var empty = await Aws(env, export, "s3", "ls", $"s3://{export.Bucket}/");
        Assert.DoesNotContain("big.bin", empty.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Restic_init_backup_snapshots_and_restore_are_byte_identical()
    {
        RequiredTool.Ensure("restic");
        using var export = await ExportedBundle.CreateAsync(sandbox);
        var source = Directory.CreateDirectory(Path.Combine(export.Home, "data")).FullName;
        var files = new Dictionary<string, byte[]>
        {
            ["a.txt"] = "hello restic\n"u8.ToArray(),
            ["nested/b.bin"] = RandomNumberGenerator.GetBytes(3 * 1024 * 1024),
            ["nested/deeper/c.bin"] = RandomNumberGenerator.GetBytes(10_000),
        };
        foreach (var (name, content) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(source, name))!);
            await File.WriteAllBytesAsync(Path.Combine(source, name), content);
        }
        var env = export.Environment(
            ("AWS_ACCESS_KEY_ID", export.Keys.AccessKeyId),
            ("AWS_SECRET_ACCESS_KEY", export.Keys.SecretKey),
            ("RESTIC_REPOSITORY", $"s3:{export.Endpoint.TrimEnd('/')}/{export.Bucket}/restic"),
            ("RESTIC_PASSWORD", "a restic repository password"),
            ("RESTIC_CACHE_DIR", Path.Combine(export.Home, "cache")));
        var restore = Path.Combine(export.Home, "restore");

        var init = await Restic(env, "init");
        var backup = await Restic(env, "backup", source);
        var snapshots = await Restic(env, "snapshots", "--json");
        var restored = await Restic(env, "restore", "latest", "--target", restore);

        Assert.True(init.Succeeded, init.Describe());
        Assert.True(backup.Succeeded, backup.Describe());
        Assert.True(snapshots.Succeeded, snapshots.Describe());
        Assert.Contains(source, snapshots.StandardOutput, StringComparison.Ordinal);
        Assert.True(restored.Succeeded, restored.Describe());
        foreach (var (name, content) in files)
        {
            var copy = await File.ReadAllBytesAsync(Path.Combine(restore, source.TrimStart('/'), name));
            Assert.True(content.AsSpan().SequenceEqual(copy), name + " differs");
        }
    }

    [Fact]
    public async Task Objects_written_with_one_passphrase_are_not_listed_or_readable_with_another()
    {
        var mine = await sandbox.CreateS3AccessAsync("the first passphrase");
        var same = await sandbox.CreateS3AccessAsync("the first passphrase");
        var other = await sandbox.CreateS3AccessAsync("a different passphrase");
        using var writer = S3ClientFactory.Create(mine.AccessKeyId!, mine.SecretKey!, new Uri(mine.Endpoint!));
        using var reader = S3ClientFactory.Create(same.AccessKeyId!, same.SecretKey!, new Uri(same.Endpoint!));
        using var stranger = S3ClientFactory.Create(other.AccessKeyId!, other.SecretKey!, new Uri(other.Endpoint!));
        var bucket = "pass-" + Guid.NewGuid().ToString("N")[..10];
        await writer.PutBucketAsync(bucket);
        await writer.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "diary/today.txt", ContentBody = "dear diary" });

        var seen = await reader.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        var hidden = await stranger.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => stranger.GetObjectAsync(bucket, "diary/today.txt"));

        Assert.Equal(["diary/today.txt"], seen.S3Objects.Select(o => o.Key));
        Assert.Empty(hidden.S3Objects ?? []);
        Assert.Equal("NoSuchKey", refused.ErrorCode);
    }

    [Fact]
    public async Task A_read_and_list_access_is_refused_writes_and_deletes_with_the_reason()
    {
        var created = await sandbox.CreateS3AccessAsync(permissions: Core.Access.Permissions.Read | Core.Access.Permissions.List);
        using var s3 = S3ClientFactory.Create(created.AccessKeyId!, created.SecretKey!, new Uri(created.Endpoint!));

        var put = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.PutObjectAsync(new PutObjectRequest { BucketName = "demo-bucket", Key = "no.txt", ContentBody = "x" }));
        var delete = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.DeleteObjectAsync("demo-bucket", "no.txt"));

        Assert.Equal("AccessDenied", put.ErrorCode);
        Assert.Contains("not allowed to write", put.Message, StringComparison.Ordinal);
        Assert.Equal("AccessDenied", delete.ErrorCode);
        Assert.Contains("not allowed to delete", delete.Message, StringComparison.Ordinal);
        Assert.Contains("demo-bucket", (await s3.ListBucketsAsync()).Buckets.Select(b => b.BucketName));
    }

    [Fact]
    public async Task Deleting_the_access_revokes_its_S3_credentials_at_once()
    {
        var created = await sandbox.CreateS3AccessAsync();
        using var s3 = S3ClientFactory.Create(created.AccessKeyId!, created.SecretKey!, new Uri(created.Endpoint!));
        await s3.ListBucketsAsync();

        await sandbox.DeleteAccessAsync(created.Name);
        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.ListBucketsAsync());

        Assert.Equal("AccessDenied", refused.ErrorCode);
        Assert.Contains("deleted", refused.Message, StringComparison.Ordinal);
    }

    private static Task<CommandResult> Aws(Dictionary<string, string?> env, ExportedBundle export, params string[] args) =>
        ExternalCommand.RunAsync("aws", ["--profile", export.ProfileName, .. args], env, timeout: TimeSpan.FromMinutes(3));

    private static Task<CommandResult> Restic(Dictionary<string, string?> env, params string[] args) =>
        ExternalCommand.RunAsync("restic", [.. args], env, timeout: TimeSpan.FromMinutes(3));
}
