using System.Globalization;
using Microsoft.AspNetCore.Http;
using StorjTui.Sandbox.Credentials;
using StorjTui.Sandbox.Gateway.Signing;

namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// Checks an S3 request's SigV4 signature (Authorization header or presigned query string) against the secret the
/// auth service stored with its access key, as Storj's gateway does, and wraps the body so its signed hash or
/// chunk signatures are checked as it streams.
/// </summary>
internal sealed class S3Authenticator(CredentialStore credentials, TimeProvider time)
{
    /// <summary>How far a request's clock may be from the gateway's (S3's limit).</summary>
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

    public (StoredCredentials Credentials, Stream Body) Authenticate(HttpContext context, S3RequestTarget target)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        var now = time.GetUtcNow();
        SignedRequest signed;
        string payloadHash;
        IEnumerable<KeyValuePair<string, string>> signedQuery = target.Query;
        if (authorization.StartsWith(SigV4.Algorithm + " ", StringComparison.Ordinal))
        {
            signed = SignedRequest.FromHeader(authorization, Header(request, "x-amz-date"));
            payloadHash = Header(request, "x-amz-content-sha256")
                ?? throw S3Exception.InvalidRequest("Missing required header for this request: x-amz-content-sha256.");
            if ((now - signed.SignedAt).Duration() > MaxSkew)
            {
                throw new S3Exception("RequestTimeTooSkewed", 403,
                    $"The request was signed at {signed.SignedAt:u}, more than 15 minutes from the gateway's time {now:u}; fix the client's clock.");
            }
        }
        else if (target.Has("X-Amz-Algorithm"))
        {
            signed = SignedRequest.FromQuery(target.Get);
            payloadHash = target.Get("X-Amz-Content-Sha256") ?? SigV4.UnsignedPayload;
            signedQuery = target.Query.Where(p => p.Key != "X-Amz-Signature");
            if (now > signed.SignedAt + signed.Expires!.Value)
            {
                throw S3Exception.AccessDenied($"The presigned URL expired at {signed.SignedAt + signed.Expires.Value:u}.");
            }
            if (signed.SignedAt - now > MaxSkew)
            {
                throw S3Exception.AccessDenied($"The presigned URL is not valid before {signed.SignedAt:u}.");
            }
        }
        else if (authorization.Length > 0)
        {
            throw S3Exception.AccessDenied("Only AWS Signature Version 4 (AWS4-HMAC-SHA256) is supported; configure the client for SigV4.");
        }
        else
        {
            throw S3Exception.AccessDenied("Anonymous requests are not allowed: sign the request with the access key and secret key.");
        }

        var stored = credentials.Find(signed.AccessKeyId)
            ?? throw new S3Exception("InvalidAccessKeyId", 403, "The access key does not exist in the sandbox's auth service; create credentials with storj-tui.");
        var signingKey = SigV4.SigningKey(stored.SecretKey, signed.Date, signed.Region, signed.Service);
        var canonical = SigV4.CanonicalRequest(request.Method, target.Path, signedQuery, signed.SignedHeaders, name => Header(request, name), payloadHash);
        var expected = SigV4.Sign(signingKey, SigV4.StringToSign(signed.AmzDate, signed.Scope, canonical));
        if (!SigV4.SameSignature(expected, signed.Signature))
        {
            throw S3Exception.SignatureDoesNotMatch("The request signature we calculated does not match the signature you provided. Check your secret key and signing method.");
        }
        return (stored, BodyOf(request, signed, signingKey, payloadHash));
    }

    private static Stream BodyOf(HttpRequest request, SignedRequest signed, byte[] signingKey, string payloadHash)
    {
        long? decodedLength = long.TryParse(Header(request, "x-amz-decoded-content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : null;
        return payloadHash switch
        {
            SigV4.UnsignedPayload => request.Body,
            SigV4.StreamingPayload => new AwsChunkedStream(request.Body, new ChunkSignatureChain(signingKey, signed.AmzDate, signed.Scope, signed.Signature), trailer: false, decodedLength),
            SigV4.StreamingPayloadTrailer => new AwsChunkedStream(request.Body, new ChunkSignatureChain(signingKey, signed.AmzDate, signed.Scope, signed.Signature), trailer: true, decodedLength),
            SigV4.StreamingUnsignedTrailer => new AwsChunkedStream(request.Body, null, trailer: true, decodedLength),
            _ when payloadHash.Length == 64 && payloadHash.All(char.IsAsciiHexDigit) => new Sha256CheckedStream(request.Body, payloadHash),
            _ => throw S3Exception.InvalidArgument($"x-amz-content-sha256 \"{payloadHash}\" is not a sha256, UNSIGNED-PAYLOAD or a STREAMING- mode the gateway knows."),
        };
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}
