using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.S3.Model;
using StorjTui.Core.Access;
using StorjTui.IntegrationTests.Infrastructure;
using StorjTui.Storj.S3;
using Xunit.Abstractions;

namespace StorjTui.IntegrationTests.S3;

/// <summary>The S3 check and the SDK settings against a real Ceph radosgw on loopback.</summary>
[Collection(RadosgwCollection.Name)]
public sealed class RadosgwCredentialsCheckTests(RadosgwFixture fixture, ITestOutputHelper output)
{
    private static S3CheckRequest Request(string endpoint, TestKeyPair keys, Permissions permissions = Permissions.All, params string[] buckets) =>
        new(keys.AccessKeyId, keys.SecretKey, endpoint, permissions, buckets);

    private static string NewBucketName() => "check-" + Guid.NewGuid().ToString("N")[..12];

    [SkippableFact]
    public async Task Provisioned_key_pair_passes_and_the_SDK_settings_create_put_get_and_list()
    {
        var server = fixture.Server;
        output.WriteLine($"radosgw cold start: {fixture.StartDuration.TotalSeconds:0.0} s");
        var keys = await server.ProvisionNewKeyPairAsync();

        var clock = Stopwatch.StartNew();
        var all = await CredentialsCheck.RunAsync(Request(server.Endpoint, keys), CancellationToken.None);
        output.WriteLine($"check (ListBuckets): {clock.ElapsedMilliseconds} ms: {all.Message}");
        Assert.True(all.Passed, all.Message);

        var bucket = NewBucketName();
        using (var client = S3ClientFactory.Create(keys.AccessKeyId, keys.SecretKey, new Uri(server.Endpoint)))
        {
            clock.Restart();
            await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
            output.WriteLine($"first CreateBucket: {clock.ElapsedMilliseconds} ms");
            await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "hello.txt", ContentBody = "hello from storj-tui" });
            using var got = await client.GetObjectAsync(bucket, "hello.txt");
            using var reader = new StreamReader(got.ResponseStream);
            Assert.Equal("hello from storj-tui", await reader.ReadToEndAsync());
            var listed = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
            Assert.Equal(["hello.txt"], listed.S3Objects.Select(o => o.Key));
        }

        clock.Restart();
        var restricted = await CredentialsCheck.RunAsync(Request(server.Endpoint, keys, Permissions.List | Permissions.Read, bucket), CancellationToken.None);
        output.WriteLine($"check (ListObjectsV2 on one bucket): {clock.ElapsedMilliseconds} ms: {restricted.Message}");
        Assert.True(restricted.Passed, restricted.Message);
        Assert.Contains($"listed bucket \"{bucket}\"", restricted.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A working key pair whose bucket refuses listing (a bucket policy denying s3:ListBucket, as a grant restricted
    /// away from List would) gets AccessDenied from radosgw on ListObjectsV2: the check must fail, naming the
    /// bucket, never pass.
    /// </summary>
    [SkippableFact]
    public async Task Bucket_that_refuses_listing_fails_with_AccessDenied()
    {
        var server = fixture.Server;
        var keys = await server.ProvisionNewKeyPairAsync();
        var bucket = NewBucketName();
        using (var client = S3ClientFactory.Create(keys.AccessKeyId, keys.SecretKey, new Uri(server.Endpoint)))
        {
            await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
            await client.PutBucketPolicyAsync(new PutBucketPolicyRequest
            {
                BucketName = bucket,
                Policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":["*"]},"Action":["s3:ListBucket"],"Resource":["arn:aws:s3:::{{bucket}}"]}]}""",
            });
        }

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, keys, Permissions.List | Permissions.Read, bucket), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.Failed, result.Outcome);
        Assert.Equal(S3CheckProblem.AccessDenied, result.Problem);
        Assert.Contains($"refused to list bucket \"{bucket}\" (AccessDenied)", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(keys.SecretKey, result.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Wrong_secret_fails_with_SignatureDoesNotMatch()
    {
        var server = fixture.Server;
        var keys = await server.ProvisionNewKeyPairAsync();
        var wrong = keys with { SecretKey = TestKeyPair.Generate().SecretKey };

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, wrong), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.Failed, result.Outcome);
        Assert.Equal(S3CheckProblem.SignatureDoesNotMatch, result.Problem);
        Assert.Contains("SignatureDoesNotMatch", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong.SecretKey, result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(keys.SecretKey, result.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Unknown_access_key_fails_with_InvalidAccessKeyId()
    {
        var server = fixture.Server;

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, TestKeyPair.Generate()), CancellationToken.None);

        Assert.Equal(S3CheckProblem.InvalidAccessKeyId, result.Problem);
        Assert.Contains("InvalidAccessKeyId", result.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Working_key_without_List_permission_is_not_possible_never_passed()
    {
        var server = fixture.Server;
        var keys = await server.ProvisionNewKeyPairAsync();

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, keys, Permissions.Read | Permissions.Write), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.NotPossible, result.Outcome);
        Assert.False(result.Passed);
    }

    [SkippableFact]
    public async Task Stopped_gateway_port_gives_connection_refused()
    {
        _ = fixture.Server;
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var result = await CredentialsCheck.RunAsync(Request($"http://127.0.0.1:{port}", TestKeyPair.Generate()), CancellationToken.None);

        Assert.Equal(S3CheckProblem.ConnectionRefused, result.Problem);
        Assert.Contains($"127.0.0.1:{port} (connection refused)", result.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Provisioning_hook_turns_an_unknown_key_pair_into_a_working_one()
    {
        var server = fixture.Server;
        var keys = TestKeyPair.Generate();
        var before = await CredentialsCheck.RunAsync(Request(server.Endpoint, keys), CancellationToken.None);
        Assert.Equal(S3CheckProblem.InvalidAccessKeyId, before.Problem);

        var hook = await server.RunHookAsync($"{keys.AccessKeyId} {keys.SecretKey}\n");

        Assert.True(hook.Succeeded, hook.Describe());
        Assert.DoesNotContain(keys.SecretKey, hook.StandardOutput + hook.StandardError, StringComparison.Ordinal);
        var after = await CredentialsCheck.RunAsync(Request(server.Endpoint, keys), CancellationToken.None);
        Assert.True(after.Passed, after.Message);
    }

    [SkippableFact]
    public async Task Provisioning_hook_rejects_input_that_is_not_one_key_pair()
    {
        var server = fixture.Server;

        var hook = await server.RunHookAsync("only-an-access-key\n");

        Assert.Equal(2, hook.ExitCode);
        Assert.Contains("expected one line \"ACCESS_KEY SECRET_KEY\"", hook.StandardError, StringComparison.Ordinal);
    }
}
