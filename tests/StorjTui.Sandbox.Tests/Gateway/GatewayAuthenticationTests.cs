using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using StorjTui.Sandbox.Gateway;
using StorjTui.Sandbox.Gateway.Signing;
using StorjTui.Storj.S3;

namespace StorjTui.Sandbox.Tests.Gateway;

public sealed class GatewayAuthenticationTests : GatewayTestBase
{
    [Fact]
    public async Task The_auth_endpoint_hands_out_the_gateway_and_its_keys_work_there()
    {
        var (id, secret, endpoint) = await Sandbox.CredentialsAsync();

        Assert.Equal(Sandbox.Server.OwnGatewayUrl!.AbsoluteUri, endpoint);
        Assert.StartsWith("http://127.0.0.1:", endpoint);
        Assert.NotEqual(Sandbox.Server.BaseUrl.Port, new Uri(endpoint).Port);
        using var s3 = S3ClientFactory.Create(id, secret, new Uri(endpoint));
        var buckets = await s3.ListBucketsAsync();
        Assert.Equal(["backups", "demo-bucket", "photos"], buckets.Buckets.Select(b => b.BucketName));
    }

    [Fact]
    public async Task A_wrong_secret_is_SignatureDoesNotMatch()
    {
        var (id, _, endpoint) = await Sandbox.CredentialsAsync();
        var (_, otherSecret, _) = await Sandbox.CredentialsAsync();
        using var s3 = S3ClientFactory.Create(id, otherSecret, new Uri(endpoint));

        var error = await S3ErrorAsync(() => s3.ListBucketsAsync());

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task An_unknown_key_is_InvalidAccessKeyId()
    {
        var (_, secret, endpoint) = await Sandbox.CredentialsAsync();
        using var s3 = S3ClientFactory.Create("jwaaaaaaaaaaaaaaaaaaaaaaaaaa", secret, new Uri(endpoint));

        var error = await S3ErrorAsync(() => s3.ListBucketsAsync());

        Assert.Equal("InvalidAccessKeyId", error.ErrorCode);
    }

    [Fact]
    public async Task A_clock_more_than_15_minutes_off_is_RequestTimeTooSkewed()
    {
        using var s3 = await Sandbox.ClientAsync();
        Clock.Offset = TimeSpan.FromMinutes(16);

        var error = await S3ErrorAsync(() => s3.ListBucketsAsync());

        Assert.Equal("RequestTimeTooSkewed", error.ErrorCode);
        Clock.Offset = TimeSpan.FromMinutes(14);
        await s3.ListBucketsAsync();
    }

    [Fact]
    public async Task A_refusing_policy_is_AccessDenied_with_its_reason()
    {
        using var s3 = await Sandbox.ClientAsync();
        Authority.Allowed.Remove(GatewayPermission.Write);

        var error = await S3ErrorAsync(() => PutAsync(s3, "demo-bucket", "a.txt", [1, 2, 3]));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Contains("not allowed to write", error.Message);
    }

    [Fact]
    public async Task A_presigned_get_works_with_plain_http_until_it_expires()
    {
        using var s3 = await Sandbox.ClientAsync();
        await PutAsync(s3, "demo-bucket", "dir/presigned file+1.txt", "hello"u8.ToArray());
        var url = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = "demo-bucket",
            Key = "dir/presigned file+1.txt",
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = Protocol.HTTP,
        });
        using var http = new HttpClient();

        Assert.Equal("hello", await http.GetStringAsync(url));

        Clock.Offset = TimeSpan.FromMinutes(6);
        using var expired = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        var body = await expired.Content.ReadAsStringAsync();
        Assert.Contains("<Code>AccessDenied</Code>", body);
        Assert.Contains("expired", body);
    }

    [Fact]
    public async Task Virtual_host_style_for_bucket_dot_localhost_names_the_bucket_by_the_host()
    {
        var (id, secret, endpoint) = await Sandbox.CredentialsAsync();
        using (var s3 = S3ClientFactory.Create(id, secret, new Uri(endpoint)))
        {
            await PutAsync(s3, "photos", "cat.jpg", "meow"u8.ToArray());
        }
        var port = new Uri(endpoint).Port;
        using var virtualHosted = new AmazonS3Client(new Amazon.Runtime.BasicAWSCredentials(id, secret),
            new AmazonS3Config { ServiceURL = $"http://localhost:{port}", ForcePathStyle = false, AuthenticationRegion = "global" });
        var url = new Uri(await virtualHosted.GetPreSignedURLAsync(new GetPreSignedUrlRequest { BucketName = "photos", Key = "cat.jpg", Verb = HttpVerb.GET, Expires = DateTime.UtcNow.AddMinutes(5), Protocol = Protocol.HTTP }));
        Assert.Equal("photos.localhost", url.Host);
        // Sent to 127.0.0.1 with the virtual host in the Host header: no name lookup.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new UriBuilder(url) { Host = "127.0.0.1" }.Uri);
        request.Headers.Host = url.Authority;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("meow", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_presigned_url_with_a_changed_signature_is_refused()
    {
        using var s3 = await Sandbox.ClientAsync();
        await PutAsync(s3, "demo-bucket", "a.txt", "hello"u8.ToArray());
        var url = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest { BucketName = "demo-bucket", Key = "a.txt", Verb = HttpVerb.GET, Expires = DateTime.UtcNow.AddMinutes(5), Protocol = Protocol.HTTP });
        var signature = url[(url.IndexOf("X-Amz-Signature=", StringComparison.Ordinal) + 16)..][..64];
        var tampered = url.Replace(signature, new string(signature.Reverse().ToArray()));
        using var http = new HttpClient();

        using var response = await http.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<Code>SignatureDoesNotMatch</Code>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sdks_default_streaming_uploads_with_signed_chunks_and_trailing_checksums_work()
    {
        var (id, secret, endpoint) = await Sandbox.CredentialsAsync();
        // AWSSDK's defaults over http: aws-chunked bodies, each chunk signed, with a trailing CRC checksum.
        using var s3 = new AmazonS3Client(new Amazon.Runtime.BasicAWSCredentials(id, secret), new AmazonS3Config { ServiceURL = endpoint, ForcePathStyle = true, AuthenticationRegion = "global" });
        var body = new byte[300_000];
        new Random(7).NextBytes(body);

        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "demo-bucket", Key = "chunked.bin", InputStream = new MemoryStream(body), UseChunkEncoding = true });

        Assert.Equal(body, await GetAsync(s3, "demo-bucket", "chunked.bin"));
    }

    [Fact]
    public async Task A_body_that_is_not_the_signed_sha256_is_refused_and_never_stored()
    {
        var (id, secret, endpoint) = await Sandbox.CredentialsAsync();
        using var http = new HttpClient();
        var request = SignedPut(new Uri(new Uri(endpoint), "demo-bucket/lie.txt"), id, secret, signedBody: "the truth"u8.ToArray(), sentBody: "a lie!!!!"u8.ToArray());

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("XAmzContentSHA256Mismatch", await response.Content.ReadAsStringAsync());
        using var s3 = S3ClientFactory.Create(id, secret, new Uri(endpoint));
        Assert.Equal("NoSuchKey", (await S3ErrorAsync(() => s3.GetObjectAsync("demo-bucket", "lie.txt"))).ErrorCode);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Temp.Sub("data"), "objects", "tmp"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task DeleteObjects_of_a_key_with_a_control_character_answers_its_result()
    {
        // AWSSDK refuses to write such a key into XML, so the request is signed here; the key is sent as &#x1; as S3 clients do.
        var (id, secret, endpoint) = await Sandbox.CredentialsAsync();
        using var s3 = S3ClientFactory.Create(id, secret, new Uri(endpoint));
        await PutAsync(s3, "demo-bucket", "a\u0001x", [1]);
        var body = System.Text.Encoding.UTF8.GetBytes("<Delete><Object><Key>a&#x1;x</Key></Object></Delete>");
        using var http = new HttpClient();

        using var response = await http.SendAsync(Signed(HttpMethod.Post, new Uri(new Uri(endpoint), "demo-bucket"), [new("delete", "")], id, secret, body, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Deleted><Key>a&#x1;x</Key></Deleted>", await response.Content.ReadAsStringAsync());
        Assert.Equal("NoSuchKey", (await S3ErrorAsync(() => s3.GetObjectAsync("demo-bucket", "a\u0001x"))).ErrorCode);
    }

    /// <summary>A PUT signed with the gateway's own SigV4 code (header auth, signed payload hash), sending possibly other bytes.</summary>
    private HttpRequestMessage SignedPut(Uri url, string id, string secret, byte[] signedBody, byte[] sentBody) =>
        Signed(HttpMethod.Put, url, [], id, secret, signedBody, sentBody);

    /// <summary>A request signed with the gateway's own SigV4 code (header auth, signed payload hash), sending possibly other bytes.</summary>
    private HttpRequestMessage Signed(HttpMethod method, Uri url, KeyValuePair<string, string>[] query, string id, string secret, byte[] signedBody, byte[] sentBody)
    {
        var now = Clock.GetUtcNow();
        var amzDate = now.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(signedBody));
        var headers = new Dictionary<string, string> { ["host"] = url.Authority, ["x-amz-content-sha256"] = hash, ["x-amz-date"] = amzDate };
        var scope = $"{amzDate[..8]}/global/s3/aws4_request";
        var canonical = SigV4.CanonicalRequest(method.Method, url.AbsolutePath, query, headers.Keys.ToList(), n => headers[n], hash);
        var signature = SigV4.Sign(SigV4.SigningKey(secret, amzDate[..8], "global", "s3"), SigV4.StringToSign(amzDate, scope, canonical));
        var request = new HttpRequestMessage(method, query.Length == 0 ? url : new Uri(url + "?" + string.Join('&', query.Select(p => p.Key + "=" + p.Value)))) { Content = new ByteArrayContent(sentBody) };
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", hash);
        request.Headers.TryAddWithoutValidation("x-amz-date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={id}/{scope}, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={signature}");
        return request;
    }
}
