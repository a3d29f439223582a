using Amazon.S3;
using Amazon.S3.Model;

namespace StorjTui.Sandbox.Tests.Gateway;

public sealed class GatewayListTests : GatewayTestBase
{
    private static readonly string[] Keys = ["a.txt", "dir/1", "dir/2", "dir/sub/3", "dir2/x", "z y+.txt"];

    private async Task<AmazonS3Client> FilledAsync()
    {
        var s3 = await Sandbox.ClientAsync();
        foreach (var key in Keys)
        {
            await PutAsync(s3, "demo-bucket", key, [1]);
        }
        return s3;
    }

    [Fact]
    public async Task V2_pages_with_max_keys_and_continuation_tokens_through_every_key_once()
    {
        using var s3 = await FilledAsync();
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket", MaxKeys = 2, ContinuationToken = token });
            seen.AddRange(page.S3Objects.Select(o => o.Key));
            Assert.Equal(page.S3Objects.Count, page.KeyCount);
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(Keys, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Delimiter_groups_common_prefixes_under_a_prefix_and_start_after_skips()
    {
        using var s3 = await FilledAsync();

        var top = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket", Delimiter = "/" });
        var dir = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket", Prefix = "dir/", Delimiter = "/" });
        var after = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket", StartAfter = "dir/2" });

        Assert.Equal(["a.txt", "z y+.txt"], top.S3Objects.Select(o => o.Key));
        Assert.Equal(["dir/", "dir2/"], top.CommonPrefixes);
        Assert.Equal(["dir/1", "dir/2"], dir.S3Objects.Select(o => o.Key));
        Assert.Equal(["dir/sub/"], dir.CommonPrefixes);
        Assert.Equal(["dir/sub/3", "dir2/x", "z y+.txt"], after.S3Objects.Select(o => o.Key));
    }

    [Fact]
    public async Task V1_pages_with_marker_and_a_common_prefix_is_never_repeated()
    {
        using var s3 = await FilledAsync();
        var seen = new List<string>();
        string? marker = null;
        do
        {
            var page = await s3.ListObjectsAsync(new ListObjectsRequest { BucketName = "demo-bucket", MaxKeys = 1, Delimiter = "/", Marker = marker });
            seen.AddRange(page.S3Objects?.Select(o => o.Key) ?? []);
            seen.AddRange(page.CommonPrefixes ?? []);
            marker = page.IsTruncated == true ? page.NextMarker : null;
        }
        while (marker is not null);

        Assert.Equal(["a.txt", "dir/", "dir2/", "z y+.txt"], seen);
    }

    [Fact]
    public async Task Multipart_uploads_and_parts_outside_the_allowed_prefix_are_not_listed()
    {
        using var s3 = await Sandbox.ClientAsync();
        var inside = await s3.InitiateMultipartUploadAsync("demo-bucket", "trip/big.bin");
        var outside = await s3.InitiateMultipartUploadAsync("demo-bucket", "other.bin");
        Authority.OnlyUnder = "trip/";

        var uploads = (await s3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = "demo-bucket" })).MultipartUploads?.Select(u => u.Key).ToList() ?? [];
        var parts = await s3.ListPartsAsync(new ListPartsRequest { BucketName = "demo-bucket", Key = "trip/big.bin", UploadId = inside.UploadId });
        var refused = await S3ErrorAsync(() => s3.ListPartsAsync(new ListPartsRequest { BucketName = "demo-bucket", Key = "other.bin", UploadId = outside.UploadId }));

        Assert.Equal(["trip/big.bin"], uploads);
        Assert.Equal(inside.UploadId, parts.UploadId);
        Assert.Equal("AccessDenied", refused.ErrorCode);
    }
}
