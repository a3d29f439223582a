using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;

namespace StorjTui.Sandbox.Tests.Gateway;

public sealed class GatewayObjectTests : GatewayTestBase
{
    [Fact]
    public async Task Put_get_head_delete_round_trip_with_md5_etag_and_user_metadata()
    {
        using var s3 = await Sandbox.ClientAsync();
        var body = RandomNumberGenerator.GetBytes(100_000);
        var put = new PutObjectRequest { BucketName = "demo-bucket", Key = "dir/ü file.bin", InputStream = new MemoryStream(body), ContentType = "application/x-test" };
        put.Metadata.Add("x-amz-meta-colour", "blue");

        var putResponse = await s3.PutObjectAsync(put);
        using var get = await s3.GetObjectAsync("demo-bucket", "dir/ü file.bin");
        var head = await s3.GetObjectMetadataAsync("demo-bucket", "dir/ü file.bin");

        var md5 = ETagOf(body);
        Assert.Equal(md5, putResponse.ETag);
        Assert.Equal(md5, get.ETag);
        Assert.Equal(body, await GetAsync(s3, "demo-bucket", "dir/ü file.bin"));
        Assert.Equal(100_000, head.ContentLength);
        Assert.Equal("application/x-test", head.Headers.ContentType);
        Assert.Equal("blue", head.Metadata["x-amz-meta-colour"]);
        await s3.DeleteObjectAsync("demo-bucket", "dir/ü file.bin");
        Assert.Equal("NoSuchKey", (await S3ErrorAsync(() => s3.GetObjectAsync("demo-bucket", "dir/ü file.bin"))).ErrorCode);
    }

    [Fact]
    public async Task Ranges_and_conditional_gets_answer_as_S3_does()
    {
        using var s3 = await Sandbox.ClientAsync();
        await PutAsync(s3, "demo-bucket", "r.txt", "0123456789"u8.ToArray());
        var etag = (await s3.GetObjectMetadataAsync("demo-bucket", "r.txt")).ETag;

        using var middle = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "demo-bucket", Key = "r.txt", ByteRange = new ByteRange(2, 4) });
        using var tail = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "demo-bucket", Key = "r.txt", ByteRange = new ByteRange("bytes=-3") });
        var notModified = await S3ErrorAsync(() => s3.GetObjectAsync(new GetObjectRequest { BucketName = "demo-bucket", Key = "r.txt", EtagToNotMatch = etag }));
        var failed = await S3ErrorAsync(() => s3.GetObjectAsync(new GetObjectRequest { BucketName = "demo-bucket", Key = "r.txt", EtagToMatch = "\"0000\"" }));
        var beyond = await S3ErrorAsync(() => s3.GetObjectAsync(new GetObjectRequest { BucketName = "demo-bucket", Key = "r.txt", ByteRange = new ByteRange(20, 30) }));

        Assert.Equal(HttpStatusCode.PartialContent, middle.HttpStatusCode);
        Assert.Equal("234", await new StreamReader(middle.ResponseStream).ReadToEndAsync());
        Assert.Equal("bytes 2-4/10", middle.ContentRange);
        Assert.Equal("789", await new StreamReader(tail.ResponseStream).ReadToEndAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, failed.StatusCode);
        Assert.Equal("InvalidRange", beyond.ErrorCode);
        using var matching = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "demo-bucket", Key = "r.txt", EtagToMatch = etag });
        Assert.Equal(HttpStatusCode.OK, matching.HttpStatusCode);
    }

    [Fact]
    public async Task Copy_delete_objects_and_bucket_errors()
    {
        using var s3 = await Sandbox.ClientAsync();
        await s3.PutBucketAsync("new-bucket");
        await PutAsync(s3, "new-bucket", "a", [1]);
        await PutAsync(s3, "new-bucket", "b", [2]);

        var copy = await s3.CopyObjectAsync("new-bucket", "a", "demo-bucket", "copied");
        var deleted = await s3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = "new-bucket", Objects = [new KeyVersion { Key = "a" }, new KeyVersion { Key = "b" }] });

        Assert.Equal(ETagOf([1]), copy.ETag);
        Assert.Equal(new byte[] { 1 }, await GetAsync(s3, "demo-bucket", "copied"));
        Assert.Equal(["a", "b"], deleted.DeletedObjects.Select(d => d.Key).Order());
        Assert.Equal("BucketAlreadyOwnedByYou", (await S3ErrorAsync(() => s3.PutBucketAsync("new-bucket"))).ErrorCode);
        Assert.Equal("BucketNotEmpty", (await S3ErrorAsync(() => s3.DeleteBucketAsync("demo-bucket"))).ErrorCode);
        Assert.Equal("NoSuchBucket", (await S3ErrorAsync(() => PutAsync(s3, "no-such-bucket", "x", [1]))).ErrorCode);
        Assert.Equal("InvalidBucketName", (await S3ErrorAsync(() => s3.PutBucketAsync("Bad_Name"))).ErrorCode);
        await s3.DeleteBucketAsync("new-bucket");
        Assert.DoesNotContain("new-bucket", (await s3.ListBucketsAsync()).Buckets.Select(b => b.BucketName));
    }

    [Fact]
    public async Task Unknown_operations_are_NotImplemented_not_a_crash()
    {
        using var s3 = await Sandbox.ClientAsync();
        await PutAsync(s3, "demo-bucket", "t", [1]);

        var versioning = await S3ErrorAsync(() => s3.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = "demo-bucket" }));
        var tagging = await S3ErrorAsync(() => s3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = "demo-bucket", Key = "t" }));
        var lockConfig = await S3ErrorAsync(() => s3.GetObjectLockConfigurationAsync(new GetObjectLockConfigurationRequest { BucketName = "demo-bucket" }));

        Assert.All(new[] { versioning, tagging, lockConfig }, e => Assert.Equal("NotImplemented", e.ErrorCode));
        Assert.Equal(HttpStatusCode.NotImplemented, versioning.StatusCode);
    }

    [Fact]
    public async Task Objects_written_with_one_passphrase_are_invisible_to_another()
    {
        var one = RandomNumberGenerator.GetBytes(32);
        using var first = await Sandbox.ClientAsync(one);
        using var sameKey = await Sandbox.ClientAsync(one);
        using var other = await Sandbox.ClientAsync();
        await PutAsync(first, "demo-bucket", "secret.txt", "x"u8.ToArray());

        Assert.Equal(["secret.txt"], (await sameKey.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket" })).S3Objects.Select(o => o.Key));
        Assert.Empty((await other.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket" })).S3Objects ?? []);
        Assert.Equal("NoSuchKey", (await S3ErrorAsync(() => other.GetObjectAsync("demo-bucket", "secret.txt"))).ErrorCode);
    }

    [Fact]
    public async Task Twenty_concurrent_uploads_and_downloads_are_byte_correct()
    {
        using var s3 = await Sandbox.ClientAsync();
        var bodies = Enumerable.Range(0, 20).Select(i => RandomNumberGenerator.GetBytes(200_000 + i)).ToArray();

        await Task.WhenAll(bodies.Select((b, i) => PutAsync(s3, "demo-bucket", $"c/{i}", b)));
        var read = await Task.WhenAll(bodies.Select((_, i) => GetAsync(s3, "demo-bucket", $"c/{i}")));

        Assert.Equal(bodies, read);
    }
}
