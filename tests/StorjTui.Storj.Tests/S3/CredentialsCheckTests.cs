using System.Net;
using System.Net.Sockets;
using StorjTui.Core.Access;
using StorjTui.Storj.S3;

namespace StorjTui.Storj.Tests.S3;

public sealed class CredentialsCheckTests
{
    // Storj-shaped: 28-character access key id, 53-character secret.
    private const string AccessKey = "jwxmqnrbhnzxpbtwuxdkcj5qbmya";
    private const string Secret = "jzc2b3xxgkv3xpmftkgdhk5aemmwvtkmnv5cuxm5ofxuhlrv5vcyt";

    private static S3CheckRequest Request(string endpoint, Permissions permissions = Permissions.All, params string[] buckets) =>
        new(AccessKey, Secret, endpoint, permissions, buckets) { Timeout = TimeSpan.FromSeconds(10) };

    private static void AssertNoSecret(S3CheckResult result) =>
        Assert.DoesNotContain(Secret, result.Message, StringComparison.Ordinal);

    [Fact]
    public async Task All_buckets_lists_buckets_path_style_signed_for_region_global_without_checksum_headers()
    {
        await using var server = CannedS3Server.Answering(200, "OK",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListAllMyBucketsResult><Owner><ID>u</ID></Owner><Buckets>"
            + "<Bucket><Name>demo</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>");

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.Passed, result.Outcome);
        Assert.Contains("listed 1 bucket.", result.Message, StringComparison.Ordinal);
        var head = Assert.Single(server.Requests);
        Assert.StartsWith("GET / HTTP/1.1", head, StringComparison.Ordinal);
        Assert.Contains($"Credential={AccessKey}/", head, StringComparison.Ordinal);
        Assert.Contains("/global/s3/aws4_request", head, StringComparison.Ordinal);
        Assert.DoesNotContain("x-amz-checksum", head, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("x-amz-sdk-checksum", head, StringComparison.OrdinalIgnoreCase);
        AssertNoSecret(result);
    }

    [Fact]
    public async Task Restricted_access_lists_each_allowed_bucket_with_one_key_at_most()
    {
        await using var server = CannedS3Server.Answering(200, "OK",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult><Name>b</Name><KeyCount>0</KeyCount><MaxKeys>1</MaxKeys>"
            + "<IsTruncated>false</IsTruncated></ListBucketResult>");

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, Permissions.List, "photos", "backups"), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.Passed, result.Outcome);
        var lines = server.Requests.Select(r => r[..r.IndexOf('\r', StringComparison.Ordinal)]).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Contains("list-type=2", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Contains("max-keys=1", l, StringComparison.Ordinal));
        Assert.StartsWith("GET /photos/?", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("GET /backups/?", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_bucket_still_proves_the_key_pair_and_says_the_bucket_does_not_exist()
    {
        await using var server = CannedS3Server.Answering(404, "Not Found", CannedS3Server.ErrorXml("NoSuchBucket"));

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, Permissions.All, "later"), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.Passed, result.Outcome);
        Assert.Contains("bucket \"later\" does not exist yet", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SignatureDoesNotMatch", S3CheckProblem.SignatureDoesNotMatch, "secret key does not match")]
    [InlineData("InvalidAccessKeyId", S3CheckProblem.InvalidAccessKeyId, "does not know access key")]
    [InlineData("AccessDenied", S3CheckProblem.AccessDenied, "refused to list")]
    public async Task Forbidden_codes_map_to_typed_failures_even_without_a_server_message(string code, S3CheckProblem problem, string words)
    {
        // radosgw sends these with an empty <Message>; the mapping must rely on the code alone.
        await using var server = CannedS3Server.Answering(403, "Forbidden", CannedS3Server.ErrorXml(code));

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.Failed, result.Outcome);
        Assert.Equal(problem, result.Problem);
        Assert.Contains(code, result.Message, StringComparison.Ordinal);
        Assert.Contains(words, result.Message, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    /// <summary>
    /// A bucket-restricted access whose ListObjectsV2 is refused has not been proven: AccessDenied on a bucket is a
    /// failure naming the bucket, not the "does not exist yet" pass that NoSuchBucket gets.
    /// </summary>
    [Fact]
    public async Task AccessDenied_on_an_allowed_bucket_is_a_failure_not_a_pass()
    {
        await using var server = CannedS3Server.Answering(403, "Forbidden", CannedS3Server.ErrorXml("AccessDenied"));

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, Permissions.List, "photos"), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.Failed, result.Outcome);
        Assert.False(result.Passed);
        Assert.Equal(S3CheckProblem.AccessDenied, result.Problem);
        Assert.Contains("refused to list bucket \"photos\" (AccessDenied)", result.Message, StringComparison.Ordinal);
        Assert.StartsWith("GET /photos/?", Assert.Single(server.Requests), StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Fact]
    public async Task Other_S3_errors_name_status_and_code()
    {
        await using var server = CannedS3Server.Answering(503, "Slow Down", CannedS3Server.ErrorXml("SlowDown", "Please reduce your request rate."));

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, Permissions.All, "photos"), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.Failed, result.Outcome);
        Assert.Equal(S3CheckProblem.Other, result.Problem);
        Assert.Contains("HTTP 503 SlowDown while listing bucket \"photos\"", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Permissions.Read)]
    [InlineData(Permissions.Read | Permissions.Write | Permissions.Delete)]
    public async Task Without_list_permission_nothing_is_sent_and_the_result_is_not_possible(Permissions permissions)
    {
        await using var server = CannedS3Server.Answering(200, "OK", "<ListAllMyBucketsResult/>");

        var result = await CredentialsCheck.RunAsync(Request(server.Endpoint, permissions), CancellationToken.None);

        Assert.Equal(S3CheckOutcome.NotPossible, result.Outcome);
        Assert.False(result.Passed);
        Assert.Equal(S3CheckProblem.NoListPermission, result.Problem);
        Assert.Contains("no List permission", result.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("gateway.storjshare.io")]
    [InlineData("ftp://gateway.storjshare.io")]
    [InlineData("")]
    public async Task Endpoint_that_is_not_an_http_url_fails_before_any_call(string endpoint)
    {
        var result = await CredentialsCheck.RunAsync(Request(endpoint), CancellationToken.None);

        Assert.Equal(S3CheckProblem.InvalidEndpoint, result.Problem);
        Assert.Equal(S3CheckOutcome.Failed, result.Outcome);
    }

    [Fact]
    public async Task Connection_refused_is_named()
    {
        var result = await CredentialsCheck.RunAsync(Request($"http://127.0.0.1:{UnusedPort()}"), CancellationToken.None);

        Assert.Equal(S3CheckProblem.ConnectionRefused, result.Problem);
        Assert.Contains("connection refused", result.Message, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    /// <summary>
    /// A failed name lookup, in the shapes .NET reports it (SocketsHttpHandler's NameResolutionError wrapping the
    /// resolver's HostNotFound / TryAgain), maps to a DNS failure. Built here rather than looked up: a test must make
    /// no lookup that can leave the machine, and even a <c>.invalid</c> name goes to the configured resolver.
    /// </summary>
    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, SocketError.HostNotFound)]
    [InlineData(HttpRequestError.NameResolutionError, SocketError.TryAgain)]
    [InlineData(HttpRequestError.Unknown, SocketError.HostNotFound)]
    [InlineData(HttpRequestError.NameResolutionError, SocketError.Success)]
    public void Unresolvable_host_is_a_DNS_failure(HttpRequestError error, SocketError socketError)
    {
        var lookup = new HttpRequestException(error, "Name or service not known (gateway.example.test:443)",
            socketError == SocketError.Success ? null : new SocketException((int)socketError));
        var thrown = new Amazon.Runtime.AmazonServiceException("An error occurred", lookup);

        var result = S3CheckFailures.From(thrown, new Uri("https://gateway.example.test"), AccessKey, "the buckets", TimeSpan.FromSeconds(10));

        Assert.Equal(S3CheckProblem.DnsFailure, result.Problem);
        Assert.Equal(S3CheckOutcome.Failed, result.Outcome);
        Assert.Contains("gateway.example.test could not be found (DNS)", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_to_a_plain_http_server_is_a_TLS_failure()
    {
        await using var server = CannedS3Server.Answering(400, "Bad Request", CannedS3Server.ErrorXml("BadRequest"));

        var result = await CredentialsCheck.RunAsync(Request($"https://127.0.0.1:{server.Port}"), CancellationToken.None);

        Assert.Equal(S3CheckProblem.TlsFailure, result.Problem);
        Assert.Contains("secure (TLS) connection", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_that_never_answers_times_out_with_the_limit_in_the_message()
    {
        await using var server = CannedS3Server.Silent();
        var request = Request(server.Endpoint) with { Timeout = TimeSpan.FromSeconds(1) };

        var result = await CredentialsCheck.RunAsync(request, CancellationToken.None);

        Assert.Equal(S3CheckProblem.Timeout, result.Problem);
        Assert.Contains("did not answer within 1 s", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_throws_instead_of_reporting_a_failure()
    {
        await using var server = CannedS3Server.Silent();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CredentialsCheck.RunAsync(Request(server.Endpoint), cancel.Token));
    }

    [Fact]
    public void Request_and_access_printouts_never_show_the_secret()
    {
        var access = new CreatedAccess
        {
            Type = AccessType.S3Credentials,
            Name = "demo",
            CreatedAt = DateTimeOffset.UnixEpoch,
            Permissions = Permissions.All,
            Buckets = [],
            AccessKeyId = AccessKey,
            SecretKey = Secret,
            Endpoint = "https://gateway.storjshare.io",
        };

        var request = S3CheckRequest.From(access);

        Assert.Equal(Secret, request.SecretKey);
        Assert.DoesNotContain(Secret, request.ToString(), StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
