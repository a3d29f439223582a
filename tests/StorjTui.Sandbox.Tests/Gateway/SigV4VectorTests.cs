using System.Text;
using StorjTui.Sandbox.Gateway;
using StorjTui.Sandbox.Gateway.Signing;

namespace StorjTui.Sandbox.Tests.Gateway;

/// <summary>
/// The gateway's own SigV4 code against AWS's published vectors: the aws-sig-v4-test-suite (credentials AKIDEXAMPLE,
/// 20150830T123600Z, us-east-1, service "service") and the S3 documentation's examples (examplebucket, 20130524).
/// </summary>
public sealed class SigV4VectorTests
{
    private const string SuiteSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string SuiteDate = "20150830T123600Z";
    private const string SuiteScope = "20150830/us-east-1/service/aws4_request";
    private const string S3Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private const string S3Date = "20130524T000000Z";
    private const string S3Scope = "20130524/us-east-1/s3/aws4_request";

    public static TheoryData<string, string, string, string> SuiteGets => new()
    {
        // name, path, raw query, signature
        { "get-vanilla", "/", "", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
        { "get-vanilla-query-order-key-case", "/", "Param2=value2&Param1=value1", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500" },
        { "get-vanilla-query-order-value", "/", "Param1=value2&Param1=value1", "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694" },
        { "get-unreserved", "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "", "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f" },
    };

    [Theory]
    [MemberData(nameof(SuiteGets))]
    public void Suite_get_requests_sign_as_published(string name, string path, string query, string signature)
    {
        var headers = new Dictionary<string, string> { ["host"] = "example.amazonaws.com", ["x-amz-date"] = SuiteDate };
        var canonical = SigV4.CanonicalRequest("GET", path, Pairs(query), ["host", "x-amz-date"], n => headers[n], SigV4.EmptySha256);

        var signed = SigV4.Sign(SigV4.SigningKey(SuiteSecret, "20150830", "us-east-1", "service"), SigV4.StringToSign(SuiteDate, SuiteScope, canonical));

        Assert.True(signature == signed, name);
    }

    [Fact]
    public void Suite_get_vanilla_query_order_key_case_sorts_the_canonical_query_by_name()
    {
        var headers = new Dictionary<string, string> { ["host"] = "example.amazonaws.com", ["x-amz-date"] = SuiteDate };

        var canonical = SigV4.CanonicalRequest("GET", "/", Pairs("Param2=value2&Param1=value1"), ["host", "x-amz-date"], n => headers[n], SigV4.EmptySha256);

        Assert.Equal("Param1=value1&Param2=value2", canonical.Split('\n')[2]);
        Assert.Equal("816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0", SigV4.Sha256Hex(canonical));
    }

    [Fact]
    public void Suite_post_x_www_form_urlencoded_signs_its_body_hash()
    {
        var headers = new Dictionary<string, string>
        {
            ["content-type"] = "application/x-www-form-urlencoded",
            ["host"] = "example.amazonaws.com",
            ["x-amz-date"] = SuiteDate,
        };
        var payload = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("Param1=value1"u8));
        Assert.Equal("9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e", payload);

        var canonical = SigV4.CanonicalRequest("POST", "/", [], ["content-type", "host", "x-amz-date"], n => headers[n], payload);
        var stringToSign = SigV4.StringToSign(SuiteDate, SuiteScope, canonical);

        Assert.Equal($"AWS4-HMAC-SHA256\n{SuiteDate}\n{SuiteScope}\n42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281", stringToSign);
        Assert.Equal("ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
            SigV4.Sign(SigV4.SigningKey(SuiteSecret, "20150830", "us-east-1", "service"), stringToSign));
    }

    [Fact]
    public void S3_docs_get_object_with_a_range_signs_as_published()
    {
        var headers = new Dictionary<string, string>
        {
            ["host"] = "examplebucket.s3.amazonaws.com",
            ["range"] = "bytes=0-9",
            ["x-amz-content-sha256"] = SigV4.EmptySha256,
            ["x-amz-date"] = S3Date,
        };
        var canonical = SigV4.CanonicalRequest("GET", "/test.txt", [], ["host", "range", "x-amz-content-sha256", "x-amz-date"], n => headers[n], SigV4.EmptySha256);

        var signed = SigV4.Sign(SigV4.SigningKey(S3Secret, "20130524", "us-east-1", "s3"), SigV4.StringToSign(S3Date, S3Scope, canonical));

        Assert.Equal("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", signed);
    }

    [Fact]
    public void S3_docs_presigned_get_signs_its_query_as_published()
    {
        var query = Pairs("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host");
        var canonical = SigV4.CanonicalRequest("GET", "/test.txt", query, ["host"], _ => "examplebucket.s3.amazonaws.com", SigV4.UnsignedPayload);

        var signed = SigV4.Sign(SigV4.SigningKey(S3Secret, "20130524", "us-east-1", "s3"), SigV4.StringToSign(S3Date, S3Scope, canonical));

        Assert.Equal("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404", signed);
    }

    [Fact]
    public async Task S3_docs_chunked_upload_decodes_with_every_chunk_signature_checked()
    {
        var body = ChunkedExample(tamper: false);
        var key = SigV4.SigningKey(S3Secret, "20130524", "us-east-1", "s3");
        using var stream = new AwsChunkedStream(new MemoryStream(body), new ChunkSignatureChain(key, S3Date, S3Scope, SeedSignature), trailer: false, decodedLength: 66560);

        using var decoded = new MemoryStream();
        await stream.CopyToAsync(decoded);

        Assert.Equal(Enumerable.Repeat((byte)'a', 66560).ToArray(), decoded.ToArray());
    }

    [Fact]
    public async Task A_tampered_chunk_is_SignatureDoesNotMatch()
    {
        var key = SigV4.SigningKey(S3Secret, "20130524", "us-east-1", "s3");
        using var stream = new AwsChunkedStream(new MemoryStream(ChunkedExample(tamper: true)), new ChunkSignatureChain(key, S3Date, S3Scope, SeedSignature), trailer: false, decodedLength: 66560);

        var error = await Assert.ThrowsAsync<S3Exception>(() => stream.CopyToAsync(Stream.Null));

        Assert.Equal("SignatureDoesNotMatch", error.Code);
    }

    [Fact]
    public async Task A_chunked_body_cut_short_is_IncompleteBody()
    {
        var key = SigV4.SigningKey(S3Secret, "20130524", "us-east-1", "s3");
        var body = ChunkedExample(tamper: false);
        using var stream = new AwsChunkedStream(new MemoryStream(body[..66000]), new ChunkSignatureChain(key, S3Date, S3Scope, SeedSignature), trailer: false, decodedLength: 66560);

        var error = await Assert.ThrowsAsync<S3Exception>(() => stream.CopyToAsync(Stream.Null));

        Assert.Equal("IncompleteBody", error.Code);
    }

    /// <summary>The seed (request) signature of the S3 docs' chunked PUT of 66560 'a's.</summary>
    private const string SeedSignature = "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";

    [Fact]
    public void S3_docs_chunked_upload_seed_signature_is_the_request_signature()
    {
        var headers = new Dictionary<string, string>
        {
            ["content-encoding"] = "aws-chunked",
            ["content-length"] = "66824",
            ["host"] = "s3.amazonaws.com",
            ["x-amz-content-sha256"] = SigV4.StreamingPayload,
            ["x-amz-date"] = S3Date,
            ["x-amz-decoded-content-length"] = "66560",
            ["x-amz-storage-class"] = "REDUCED_REDUNDANCY",
        };
        var canonical = SigV4.CanonicalRequest("PUT", "/examplebucket/chunkObject.txt", [], headers.Keys.ToList(), n => headers[n], SigV4.StreamingPayload);

        Assert.Equal(SeedSignature, SigV4.Sign(SigV4.SigningKey(S3Secret, "20130524", "us-east-1", "s3"), SigV4.StringToSign(S3Date, S3Scope, canonical)));
    }

    private static byte[] ChunkedExample(bool tamper)
    {
        var body = new MemoryStream();
        void Chunk(int size, string signature, byte fill)
        {
            body.Write(Encoding.ASCII.GetBytes($"{size:x};chunk-signature={signature}\r\n"));
            body.Write(Enumerable.Repeat(fill, size).ToArray());
            body.Write("\r\n"u8);
        }
        Chunk(65536, "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648", (byte)'a');
        Chunk(1024, "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497", tamper ? (byte)'b' : (byte)'a');
        Chunk(0, "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9", 0);
        return body.ToArray();
    }

    private static List<KeyValuePair<string, string>> Pairs(string query) => query.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))).ToList();
}
