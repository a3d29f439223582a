using Amazon.S3;
using Amazon.S3.Model;
using StorjTui.Core.Access;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests.Gateway;

/// <summary>
/// The permission matrix end to end: real grants (restricted with <see cref="AccessGrant.Restrict"/>) registered with
/// the sandbox's auth endpoint, the real <see cref="StorjTui.Sandbox.Gateway.GrantAuthority"/>, AWSSDK as the client.
/// </summary>
public sealed class GatewayPermissionMatrixTests(GatewayPermissionMatrixTests.RealGrantSandbox sandbox) : IClassFixture<GatewayPermissionMatrixTests.RealGrantSandbox>
{
    /// <summary>Each permission alone, and all four (the console's choices).</summary>
    public static TheoryData<Permissions> PermissionSets => new(Permissions.Read, Permissions.Write, Permissions.List, Permissions.Delete, Permissions.All);

    /// <summary>
    /// An S3 call and the permissions it needs, in the order the gateway checks them (none: every key may); with
    /// <see cref="AnyOf"/>, one of them is enough.
    /// </summary>
    private sealed record Operation(string Name, Permissions[] Needs, Func<Case, Task> Run, bool AnyOf = false)
    {
        /// <summary>The permission named in the refusal, or null when <paramref name="permissions"/> allow the call.</summary>
        public string? Missing(Permissions permissions) =>
            AnyOf && Needs.Any(p => permissions.HasFlag(p))
                ? null
                : Needs.Where(p => !permissions.HasFlag(p)).Select(p => p.ToString().ToLowerInvariant()).FirstOrDefault();
    }

    /// <summary>One theory case: the restricted client, and objects/buckets seeded for it by an unrestricted one.</summary>
    private sealed record Case(AmazonS3Client S3, string Id)
    {
        public string Folder => $"m-{Id}/";
    }

    private static readonly Operation[] Operations =
    [
        new("ListBuckets", [], c => c.S3.ListBucketsAsync()),
        new("ListObjectsV2", [Permissions.List], c => c.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket", Prefix = c.Folder })),
        new("PutObject", [Permissions.Write], c => c.S3.PutObjectAsync(new PutObjectRequest { BucketName = "demo-bucket", Key = c.Folder + "new.txt", ContentBody = "new" })),
        new("GetObject", [Permissions.Read], async c => (await c.S3.GetObjectAsync("demo-bucket", c.Folder + "a.txt")).Dispose()),
        // As on Storj, an object's info needs read or list (satellite/metainfo's GetObject); its body needs read.
        new("HeadObject", [Permissions.Read, Permissions.List], c => c.S3.GetObjectMetadataAsync("demo-bucket", c.Folder + "a.txt"), AnyOf: true),
        new("CopyObject", [Permissions.Read, Permissions.Write], c => c.S3.CopyObjectAsync("demo-bucket", c.Folder + "a.txt", "demo-bucket", c.Folder + "copy.txt")),
        new("CreateBucket", [Permissions.Write], c => c.S3.PutBucketAsync($"made-{c.Id}")),
        new("CreateMultipartUpload", [Permissions.Write], c => c.S3.InitiateMultipartUploadAsync("demo-bucket", c.Folder + "parts.bin")),
        new("DeleteObject", [Permissions.Delete], c => c.S3.DeleteObjectAsync("demo-bucket", c.Folder + "a.txt")),
        new("DeleteObjects", [Permissions.Delete], c => c.S3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = "demo-bucket", Objects = [new KeyVersion { Key = c.Folder + "b.txt" }] })),
        new("DeleteBucket", [Permissions.Delete], c => c.S3.DeleteBucketAsync($"gone-{c.Id}")),
    ];

    [Theory]
    [MemberData(nameof(PermissionSets))]
    public async Task Each_operation_is_allowed_or_AccessDenied_with_its_reason_exactly_as_the_caveat_says(Permissions permissions)
    {
        var full = await sandbox.Gateway.GrantAsync();
        using var admin = await sandbox.Gateway.ClientAsync(full);
        var id = Guid.NewGuid().ToString("N")[..12];
        await admin.PutObjectAsync(new PutObjectRequest { BucketName = "demo-bucket", Key = $"m-{id}/a.txt", ContentBody = "a" });
        await admin.PutObjectAsync(new PutObjectRequest { BucketName = "demo-bucket", Key = $"m-{id}/b.txt", ContentBody = "b" });
        await admin.PutBucketAsync($"gone-{id}");
        using var s3 = await sandbox.Gateway.ClientAsync(full.Restrict(new GrantRestrictions { Permissions = permissions }));
        var c = new Case(s3, id);

        var wrong = new List<string>();
        foreach (var operation in Operations)
        {
            var missing = operation.Missing(permissions);
            var outcome = await OutcomeAsync(operation, c);
            var expected = missing is null ? "allowed" : $"AccessDenied: the access is not allowed to {missing}";
            // A HEAD answer has no body, so only its status (403) can say it was refused.
            if (operation.Name == "HeadObject" && missing is not null)
            {
                expected = "AccessDenied";
            }
            if (outcome != expected)
            {
                wrong.Add($"{operation.Name}: expected {expected}, got {outcome}");
            }
        }

        Assert.Empty(wrong);
        // A refused delete loses nothing.
        var left = (await admin.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket", Prefix = $"m-{id}/" })).S3Objects?.Select(o => o.Key) ?? [];
        Assert.Equal(!permissions.HasFlag(Permissions.Delete), left.Contains($"m-{id}/a.txt") && left.Contains($"m-{id}/b.txt"));
    }

    [Fact]
    public async Task A_key_with_a_control_character_is_listed_and_named_in_errors_without_a_crash()
    {
        var full = await sandbox.Gateway.GrantAsync();
        using var admin = await sandbox.Gateway.ClientAsync(full);
        using var reader = await sandbox.Gateway.ClientAsync(full.Restrict(new GrantRestrictions { Permissions = Permissions.Read }));
        var folder = $"c-{Guid.NewGuid():N}/";
        var key = folder + "a\u0001x";
        await admin.PutObjectAsync(new PutObjectRequest { BucketName = "demo-bucket", Key = key, ContentBody = "c" });

        // No encoding-type=url: the key travels as XML text, where S3 writes the character as &#x1;.
        var listed = await admin.ListObjectsAsync(new ListObjectsRequest { BucketName = "demo-bucket", Prefix = folder });
        var denied = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => reader.DeleteObjectAsync("demo-bucket", key));

        Assert.Equal([key], listed.S3Objects.Select(o => o.Key));
        Assert.Equal("AccessDenied", denied.ErrorCode);
    }

    [Fact]
    public async Task A_bucket_restricted_access_sees_and_reaches_only_its_bucket()
    {
        var full = await sandbox.Gateway.GrantAsync();
        using var s3 = await sandbox.Gateway.ClientAsync(full.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("photos")] }));

        var buckets = (await s3.ListBucketsAsync()).Buckets?.Select(b => b.BucketName) ?? [];
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "photos", Key = "inside.txt", ContentBody = "in" });
        var outside = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.PutObjectAsync(new PutObjectRequest { BucketName = "demo-bucket", Key = "outside.txt", ContentBody = "out" }));
        var listOutside = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "demo-bucket" }));

        Assert.Equal(["photos"], buckets);
        Assert.Equal("AccessDenied", outside.ErrorCode);
        Assert.Contains("bucket \"demo-bucket\" is outside the allowed buckets (photos)", outside.Message, StringComparison.Ordinal);
        Assert.Equal("AccessDenied", listOutside.ErrorCode);
    }

    [Fact]
    public async Task An_access_restrict_prefix_grant_registered_with_the_auth_endpoint_reaches_only_its_prefix()
    {
        var full = await sandbox.Gateway.GrantAsync();
        using var admin = await sandbox.Gateway.ClientAsync(full);
        var folder = $"p-{Guid.NewGuid():N}";
        await admin.PutObjectAsync(new PutObjectRequest { BucketName = "photos", Key = $"{folder}/trip/beach.jpg", ContentBody = "beach" });
        await admin.PutObjectAsync(new PutObjectRequest { BucketName = "photos", Key = $"{folder}/other.jpg", ContentBody = "other" });
        using var s3 = await sandbox.Gateway.ClientAsync(full.Restrict(new GrantRestrictions { Prefixes = [SharePrefix.FromPath($"sj://photos/{folder}/trip")] }));

        using (var inside = await s3.GetObjectAsync("photos", $"{folder}/trip/beach.jpg"))
        {
            Assert.Equal("beach", await new StreamReader(inside.ResponseStream).ReadToEndAsync());
        }
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "photos", Key = $"{folder}/trip/day2.jpg", ContentBody = "day2" });
        var read = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.GetObjectAsync("photos", $"{folder}/other.jpg"));
        var write = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.PutObjectAsync(new PutObjectRequest { BucketName = "photos", Key = $"{folder}/new.jpg", ContentBody = "x" }));
        var listed = (await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "photos", Prefix = folder })).S3Objects?.Select(o => o.Key).Order(StringComparer.Ordinal).ToList() ?? [];

        Assert.Equal("AccessDenied", read.ErrorCode);
        Assert.Contains($"\"{folder}/other.jpg\" in bucket \"photos\" is outside the allowed prefix (\"{folder}/trip\")", read.Message, StringComparison.Ordinal);
        Assert.Equal("AccessDenied", write.ErrorCode);
        Assert.Equal([$"{folder}/trip/beach.jpg", $"{folder}/trip/day2.jpg"], listed);
        Assert.Equal(["photos"], (await s3.ListBucketsAsync()).Buckets?.Select(b => b.BucketName) ?? []);
    }

    [Fact]
    public async Task An_access_whose_end_date_has_passed_is_refused()
    {
        var full = await sandbox.Gateway.GrantAsync();
        var end = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds());
        AmazonS3Client s3;
        // Registered while the sandbox's clock says the end date is still ahead, then used now.
        sandbox.Clock.Offset = TimeSpan.FromHours(-2);
        try
        {
            s3 = await sandbox.Gateway.ClientAsync(full.Restrict(new GrantRestrictions { NotAfter = end }));
        }
        finally
        {
            sandbox.Clock.Offset = TimeSpan.Zero;
        }

        using (s3)
        {
            var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.ListBucketsAsync());

            Assert.Equal("AccessDenied", error.ErrorCode);
            Assert.Contains("the access expired at", error.Message, StringComparison.Ordinal);
        }
    }

    private static async Task<string> OutcomeAsync(Operation operation, Case c)
    {
        try
        {
            await operation.Run(c);
            return "allowed";
        }
        catch (DeleteObjectsException e)
        {
            var error = Assert.Single(e.Response.DeleteErrors);
            return $"{error.Code}: {error.Message}";
        }
        catch (AmazonS3Exception e) when (operation.Name == "HeadObject")
        {
            return e.StatusCode == System.Net.HttpStatusCode.Forbidden ? "AccessDenied" : $"{e.StatusCode}";
        }
        catch (AmazonS3Exception e)
        {
            return $"{e.ErrorCode}: {e.Message}";
        }
    }

    /// <summary>One sandbox for the class, checking grants with the real authority, on a clock a test can shift.</summary>
    public sealed class RealGrantSandbox : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder temp = new();
        private GatewaySandbox? gateway;

        internal ShiftedClock Clock { get; } = new();

        internal GatewaySandbox Gateway => gateway!;

        public async Task InitializeAsync() => gateway = await GatewaySandbox.StartAsync(new SandboxOptions { DataFolder = temp.Sub("data"), Time = Clock });

        public async Task DisposeAsync()
        {
            if (gateway is not null)
            {
                await gateway.DisposeAsync();
            }
        }

        public void Dispose() => temp.Dispose();
    }
}
