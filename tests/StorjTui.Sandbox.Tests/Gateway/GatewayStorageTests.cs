using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Amazon.S3.Model;

namespace StorjTui.Sandbox.Tests.Gateway;

public sealed class GatewayStorageTests : GatewayTestBase
{
    private const long Quota = 6 * 1024 * 1024;

    private protected override SandboxOptions Options => base.Options with { S3QuotaBytes = Quota };

    private string Objects => Path.Combine(Temp.Sub("data"), "objects");

    [Fact]
    public async Task Objects_survive_a_restart_in_private_files_with_no_plain_key_on_disk()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        using (var s3 = await Sandbox.ClientAsync(key))
        {
            await PutAsync(s3, "photos", "holiday/beach-sunset.jpg", "pixels"u8.ToArray());
        }

        await RestartAsync();
        using var again = await Sandbox.ClientAsync(key);

        Assert.Equal("pixels"u8.ToArray(), await GetAsync(again, "photos", "holiday/beach-sunset.jpg"));
        Assert.Equal(["holiday/beach-sunset.jpg"], (await again.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "photos" })).S3Objects.Select(o => o.Key));
        var files = Directory.EnumerateFiles(Objects, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
        Assert.All(Directory.EnumerateDirectories(Objects, "*", SearchOption.AllDirectories).Append(Objects),
            d => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(d)));
        Assert.All(files, f => Assert.DoesNotContain("beach-sunset", Encoding.UTF8.GetString(File.ReadAllBytes(f)) + f));
    }

    [Fact]
    public async Task Reset_wipes_the_objects()
    {
        using (var s3 = await Sandbox.ClientAsync())
        {
            await PutAsync(s3, "photos", "a", [1]);
        }
        await Sandbox.DisposeAsync();

        await using var fresh = await GatewaySandbox.StartAsync(Options with { Reset = true }, Authority);

        Assert.False(Directory.EnumerateFiles(Objects, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_client_killed_mid_upload_leaves_no_object_and_no_temp_file_after_restart()
    {
        var (id, secret, endpoint) = await Sandbox.CredentialsAsync();
        var url = new Uri(endpoint);
        using (var socket = new TcpClient())
        {
            // An unsigned-payload PUT that promises 1 MiB and sends 100 KiB, then the connection drops.
            await socket.ConnectAsync(url.Host, url.Port);
            var stream = socket.GetStream();
            var head = PresignedPut(id, secret, endpoint, "photos", "half.bin");
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"PUT {head} HTTP/1.1\r\nHost: {url.Authority}\r\nContent-Length: 1048576\r\n\r\n"));
            await stream.WriteAsync(new byte[100 * 1024]);
            await stream.FlushAsync();
            await Task.Delay(200);
        }

        await RestartAsync();
        using var s3 = Storj.S3.S3ClientFactory.Create(id, secret, url);

        Assert.Equal("NoSuchKey", (await S3ErrorAsync(() => s3.GetObjectAsync("photos", "half.bin"))).ErrorCode);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Objects, "tmp"), "*", SearchOption.AllDirectories));
        Assert.Empty((await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "photos" })).S3Objects ?? []);
    }

    [Fact]
    public async Task The_quota_is_an_S3_error_and_deleting_frees_it()
    {
        using var s3 = await Sandbox.ClientAsync();
        await PutAsync(s3, "photos", "four-mib", new byte[4 * 1024 * 1024]);

        var error = await S3ErrorAsync(() => PutAsync(s3, "photos", "another-four", new byte[4 * 1024 * 1024]));

        Assert.Equal("QuotaExceeded", error.ErrorCode);
        Assert.Contains("Sandbox:S3QuotaBytes", error.Message);
        Assert.Equal("NoSuchKey", (await S3ErrorAsync(() => s3.GetObjectAsync("photos", "another-four"))).ErrorCode);
        await s3.DeleteObjectAsync("photos", "four-mib");
        await PutAsync(s3, "photos", "another-four", new byte[4 * 1024 * 1024]);
    }

    [Fact]
    public async Task Overwriting_an_object_near_the_quota_counts_only_the_bytes_it_adds()
    {
        using var s3 = await Sandbox.ClientAsync();
        await PutAsync(s3, "photos", "four-mib", new byte[4 * 1024 * 1024]);
        var replacement = RandomNumberGenerator.GetBytes(4 * 1024 * 1024);

        await PutAsync(s3, "photos", "four-mib", replacement);

        Assert.Equal(replacement, await GetAsync(s3, "photos", "four-mib"));
        // The old bytes were given back, not counted twice: 2 MiB is still free, and not a byte more.
        await PutAsync(s3, "photos", "two-mib", new byte[Quota - replacement.Length]);
        Assert.Equal("QuotaExceeded", (await S3ErrorAsync(() => PutAsync(s3, "photos", "one-more", [1]))).ErrorCode);
    }

    [Fact]
    public async Task Multipart_upload_joins_parts_with_an_md5_of_md5s_etag()
    {
        using var s3 = await Sandbox.ClientAsync();
        var first = RandomNumberGenerator.GetBytes(4 * 1024 * 1024);
        var body = first;
        var created = await s3.InitiateMultipartUploadAsync("photos", "big.bin");
        var tooSmall = await s3.UploadPartAsync(new UploadPartRequest { BucketName = "photos", Key = "big.bin", UploadId = created.UploadId, PartNumber = 1, InputStream = new MemoryStream(first) });
        var second = await s3.UploadPartAsync(new UploadPartRequest { BucketName = "photos", Key = "big.bin", UploadId = created.UploadId, PartNumber = 2, InputStream = new MemoryStream([7]) });
        var parts = await s3.ListPartsAsync("photos", "big.bin", created.UploadId);
        var uploads = await s3.ListMultipartUploadsAsync("photos");

        var small = await S3ErrorAsync(() => s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = "photos", Key = "big.bin", UploadId = created.UploadId,
            PartETags = [new PartETag(1, tooSmall.ETag), new PartETag(2, second.ETag)],
        }));
        var done = await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = "photos", Key = "big.bin", UploadId = created.UploadId, PartETags = [new PartETag(1, tooSmall.ETag)],
        });

        Assert.Equal([1, 2], parts.Parts.Select(p => p.PartNumber ?? 0));
        Assert.Equal("big.bin", Assert.Single(uploads.MultipartUploads).Key);
        Assert.Equal("EntityTooSmall", small.ErrorCode);
        Assert.Matches("^\"[0-9a-f]{32}-1\"$", done.ETag);
        Assert.Equal(body, await GetAsync(s3, "photos", "big.bin"));
        Assert.Empty((await s3.ListMultipartUploadsAsync("photos")).MultipartUploads ?? []);
        // The object holds its 4 MiB of the quota; the unused part's byte was given back.
        await PutAsync(s3, "photos", "rest", new byte[Quota - body.Length]);
        Assert.Equal("QuotaExceeded", (await S3ErrorAsync(() => PutAsync(s3, "photos", "one-more", [1]))).ErrorCode);
    }

    [Fact]
    public async Task Abort_removes_the_parts()
    {
        using var s3 = await Sandbox.ClientAsync();
        var created = await s3.InitiateMultipartUploadAsync("photos", "gone.bin");
        await s3.UploadPartAsync(new UploadPartRequest { BucketName = "photos", Key = "gone.bin", UploadId = created.UploadId, PartNumber = 1, InputStream = new MemoryStream([1, 2]) });

        await s3.AbortMultipartUploadAsync("photos", "gone.bin", created.UploadId);

        Assert.Equal("NoSuchUpload", (await S3ErrorAsync(() => s3.ListPartsAsync("photos", "gone.bin", created.UploadId))).ErrorCode);
        Assert.False(Directory.EnumerateFiles(Objects, "*", SearchOption.AllDirectories).Any());
    }

    /// <summary>A presigned PUT target (path and query) made with AWSSDK, for a raw socket to send.</summary>
    private static string PresignedPut(string id, string secret, string endpoint, string bucket, string key)
    {
        using var s3 = Storj.S3.S3ClientFactory.Create(id, secret, new Uri(endpoint));
        var url = new Uri(s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = bucket, Key = key, Verb = Amazon.S3.HttpVerb.PUT, Expires = DateTime.UtcNow.AddMinutes(5), Protocol = Amazon.S3.Protocol.HTTP }));
        return url.PathAndQuery;
    }
}
