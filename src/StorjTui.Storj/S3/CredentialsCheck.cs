using System.Globalization;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using StorjTui.Core.Access;
using StorjTui.Core.Text;

namespace StorjTui.Storj.S3;

/// <summary>
/// Proves S3 credentials work without reading or changing data: ListBuckets for an access to all buckets,
/// else ListObjectsV2 (one key at most) on each allowed bucket. An access without List permission cannot be
/// proven this way, and the result says so instead of claiming success.
/// </summary>
public static class CredentialsCheck
{
    /// <summary>Runs the check. Cancelling <paramref name="cancellationToken"/> throws; every other failure is a result.</summary>
    public static async Task<S3CheckResult> RunAsync(S3CheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Uri.TryCreate(request.Endpoint.Trim(), UriKind.Absolute, out var endpoint) || !S3ClientFactory.IsHttpUrl(endpoint))
        {
            return S3CheckResult.Fail(S3CheckProblem.InvalidEndpoint,
                $"The endpoint \"{TerminalText.Show(request.Endpoint)}\" is not an http:// or https:// URL, so the credentials could not be checked.");
        }

        if (!request.Permissions.HasFlag(Permissions.List))
        {
            return new S3CheckResult(S3CheckOutcome.NotPossible, S3CheckProblem.NoListPermission,
                "Not checked: these credentials have no List permission, and every other call would read or change data. "
                + "They may still work for what they allow.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        using var client = S3ClientFactory.Create(request.AccessKeyId, request.SecretKey, endpoint, request.Timeout);
        var what = "the buckets";
        try
        {
            if (request.Buckets.Count == 0)
            {
                var listed = await client.ListBucketsAsync(new ListBucketsRequest(), timeout.Token).ConfigureAwait(false);
                var count = listed.Buckets?.Count ?? 0;
                return S3CheckResult.Pass(string.Create(CultureInfo.InvariantCulture,
                    $"The credentials work: {endpoint.Authority} listed {count} bucket{(count == 1 ? "" : "s")}."));
            }

            var missing = new List<string>();
            foreach (var bucket in request.Buckets)
            {
                what = $"bucket \"{bucket}\"";
                if (!await BucketListsAsync(client, bucket, timeout.Token).ConfigureAwait(false))
                {
                    missing.Add(bucket);
                }
            }

            return S3CheckResult.Pass(missing.Count == 0
                ? $"The credentials work: {endpoint.Authority} listed {Describe(request.Buckets)}."
                : $"The credentials work: {endpoint.Authority} accepted them; {Describe(missing)} does not exist yet.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return S3CheckFailures.TimedOut(endpoint, request.Timeout);
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException or IOException or TimeoutException)
        {
            return S3CheckFailures.From(ex, endpoint, request.AccessKeyId, what, request.Timeout);
        }
    }

    // False when the bucket does not exist: the gateway verified the signature before saying so.
    private static async Task<bool> BucketListsAsync(AmazonS3Client client, string bucket, CancellationToken cancellationToken)
    {
        try
        {
            await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 1 }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception ex) when (ex.ErrorCode == "NoSuchBucket")
        {
            return false;
        }
    }

    private static string Describe(IReadOnlyList<string> buckets) =>
        buckets.Count == 1 ? $"bucket \"{TerminalText.Show(buckets[0])}\"" : "buckets " + string.Join(", ", buckets.Select(b => $"\"{TerminalText.Show(b)}\""));
}
