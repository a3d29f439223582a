using Amazon.Runtime;
using Amazon.S3;

namespace StorjTui.Storj.S3;

/// <summary>
/// The one place that knows how to point AWSSDK.S3 at a Storj gateway (or a local S3 server standing in
/// for one): explicit credentials and endpoint only, path-style addressing, checksums only when an operation
/// requires them (Storj's gateways reject the SDK's default streaming trailer checksums, and so does radosgw).
/// </summary>
public static class S3ClientFactory
{
    /// <summary>
    /// The SigV4 signing region. Storj's docs name <c>global</c> for tools that need a region; radosgw accepts
    /// any region in the credential scope, so the same value works for the tests.
    /// </summary>
    public const string SigningRegion = "global";

    /// <summary>Per-request timeout used when the caller gives none.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Creates a client for the given key pair and endpoint. The caller disposes it.</summary>
    /// <exception cref="ArgumentException">The endpoint is not an absolute http or https URL.</exception>
    public static AmazonS3Client Create(string accessKeyId, string secretKey, Uri endpoint, TimeSpan? requestTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessKeyId);
        ArgumentException.ThrowIfNullOrEmpty(secretKey);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!IsHttpUrl(endpoint))
        {
            throw new ArgumentException("The endpoint must be an absolute http:// or https:// URL.", nameof(endpoint));
        }

        var timeout = requestTimeout ?? DefaultRequestTimeout;
        var config = new AmazonS3Config
        {
            ServiceURL = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/'),
            AuthenticationRegion = SigningRegion,
            // Path style works on Storj's gateway and on loopback servers, and needs no per-bucket DNS name.
            ForcePathStyle = true,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            // The user's AWS_ENDPOINT_URL or ~/.aws profile must not redirect a check of these credentials.
            IgnoreConfiguredEndpointUrls = true,
            Timeout = timeout,
            ConnectTimeout = timeout < TimeSpan.FromSeconds(10) ? timeout : TimeSpan.FromSeconds(10),
            MaxErrorRetry = 1,
        };
        return new AmazonS3Client(new BasicAWSCredentials(accessKeyId, secretKey), config);
    }

    internal static bool IsHttpUrl(Uri endpoint) =>
        endpoint.IsAbsoluteUri && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps) && endpoint.Host.Length > 0;
}
