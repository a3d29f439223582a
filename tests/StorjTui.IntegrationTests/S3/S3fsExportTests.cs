using System.Diagnostics;
using System.Security.Cryptography;
using Amazon.S3.Model;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;
using StorjTui.Storj.S3;
using Xunit.Abstractions;

namespace StorjTui.IntegrationTests.S3;

/// <summary>
/// The s3fs export with Debian's s3fs over FUSE, against radosgw and the sandbox's own gateway: the saved
/// <c>.passwd-s3fs</c> file (0600, which s3fs insists on) and the mount line shown after saving, run as printed
/// (plus <c>-f</c>, so the test owns the s3fs process). Files written through the mount are read back with the
/// app's own S3 client and the other way round; listing, delete and unmount are checked too.
/// </summary>
[Collection(RadosgwCollection.Name)]
public sealed class S3fsExportTests(RadosgwFixture fixture, SandboxGatewayFixture sandbox, ITestOutputHelper output)
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(1);

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Printed_mount_line_mounts_with_the_password_file_and_files_go_both_ways(string target)
    {
        S3fsMount.RequireFuse();
        using var export = await ExportedBundle.CreateAsync(S3Targets.Pick(target, fixture, sandbox));
        var passwordFile = export.File(".passwd-s3fs");
        // The access of a bucket-restricted key: the line then names that bucket, as it does for such accesses.
        var access = export.Bundle.Access with { Buckets = [export.Bucket] };
        var hint = S3fsPasswordFile.MountHint(access, passwordFile);
        Assert.StartsWith("Mount with: s3fs ", hint, StringComparison.Ordinal);
        Assert.Contains($"url={export.Endpoint},use_path_request_style", hint, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        await using var mount = await S3fsMount.StartAsync(hint["Mount with: ".Length..], export.Environment());
        var mounted = clock.Elapsed;

        var small = export.LocalFile("hello.txt", "hello via s3fs\n");
        var bigBytes = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        var big = Path.Combine(export.Home, "random.bin");
        await File.WriteAllBytesAsync(big, bigBytes);
        clock.Restart();
        await Run("cp", small, big, mount.MountPoint);
        var written = clock.Elapsed;

        using var s3 = S3ClientFactory.Create(export.Keys.AccessKeyId, export.Keys.SecretKey, new Uri(export.Endpoint));
        Assert.Equal("hello via s3fs\n"u8.ToArray(), await GetAsync(s3, export.Bucket, "hello.txt"));
        Assert.Equal(bigBytes, await GetAsync(s3, export.Bucket, "random.bin"));

        // The other way: an object put with the app's client is listed and read through the mount.
        var fromS3 = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 5);
        using (var body = new MemoryStream(fromS3))
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = export.Bucket, Key = "from-s3.bin", InputStream = body });
        }

        var ls = await Run("ls", "-1", mount.MountPoint);
        Assert.Equal(["from-s3.bin", "hello.txt", "random.bin"], ls.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        var copy = Path.Combine(export.Home, "from-s3.copy");
        clock.Restart();
        await Run("cp", Path.Combine(mount.MountPoint, "from-s3.bin"), copy);
        var read = clock.Elapsed;
        Assert.Equal(fromS3, await File.ReadAllBytesAsync(copy));

        await Run("rm", Path.Combine(mount.MountPoint, "hello.txt"));
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = export.Bucket });
        Assert.Equal(["from-s3.bin", "random.bin"], (listed.S3Objects ?? []).Select(o => o.Key).Order(StringComparer.Ordinal));

        var unmount = await mount.UnmountAsync();
        Assert.True(unmount.Succeeded, unmount.Describe() + mount.Log);
        Assert.False(mount.IsMounted, "the mount point is still mounted after fusermount -u");
        output.WriteLine($"s3fs on {target}: mount {mounted.TotalMilliseconds:F0} ms, write 3 MiB + 15 B {written.TotalMilliseconds:F0} ms, read 3 MiB {read.TotalMilliseconds:F0} ms");
    }

    private static async Task<CommandResult> Run(string program, params string[] args)
    {
        var result = await ExternalCommand.RunAsync(program, args, timeout: CommandLimit);
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }

    private static async Task<byte[]> GetAsync(Amazon.S3.AmazonS3Client s3, string bucket, string key)
    {
        using var response = await s3.GetObjectAsync(bucket, key);
        using var bytes = new MemoryStream();
        await response.ResponseStream.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
