using StorjTui.Core.Access;
using StorjTui.Core.Text;

namespace StorjTui.Core.Bundles;

/// <summary>
/// The <c>.restic.env</c> file: the key pair and <c>RESTIC_REPOSITORY=s3:&lt;endpoint&gt;/&lt;bucket&gt;/restic</c>,
/// single-quoted for <c>set -a; . file.restic.env</c> like the <c>.env</c> file. It holds no repository password:
/// restic asks for its own (or reads <c>RESTIC_PASSWORD_FILE</c>), which is not the Storj passphrase.
/// </summary>
public static class ResticRepository
{
    /// <summary>The folder inside the bucket that holds the repository.</summary>
    public const string Prefix = "restic";

    private const string File = ".restic.env file";

    /// <summary>
    /// Why <paramref name="bucket"/> cannot hold the repository for an access limited to
    /// <paramref name="accessBuckets"/> (empty: every bucket): not a bucket name Storj accepts, or outside those
    /// buckets; null when it can.
    /// </summary>
    public static string? BucketProblem(string bucket, IReadOnlyList<string> accessBuckets)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(accessBuckets);
        var shown = TerminalText.Show(bucket);
        if (bucket.Length is < 3 or > 63 || !bucket.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.')
            || !char.IsAsciiLetterOrDigit(bucket[0]) || !char.IsAsciiLetterOrDigit(bucket[^1]))
        {
            return $"'{shown}' is not a bucket name: use 3 to 63 lower-case letters, digits, '-' or '.', starting and ending with a letter or digit.";
        }

        return accessBuckets.Count > 0 && !accessBuckets.Contains(bucket, StringComparer.Ordinal)
            ? $"The access can only reach the buckets {string.Join(", ", accessBuckets.Select(TerminalText.Show))}, not '{shown}': choose one of those for the restic repository."
            : null;
    }

    internal static string Render(CreatedAccess access, string? bucket)
    {
        if (bucket is null)
        {
            throw new BundleWriteException(BundleWriteFailure.BucketNeeded,
                access.Buckets.Count == 0
                    ? "The access reaches every bucket, so the restic repository's bucket must be chosen (storj-tui create … --format restic --repository-bucket NAME). Nothing was saved."
                    : "The access reaches several buckets: choose the one for the restic repository. Nothing was saved.");
        }

        if (BucketProblem(bucket, access.Buckets) is { } problem)
        {
            throw new BundleWriteException(BundleWriteFailure.BucketNeeded, problem + " Nothing was saved.");
        }

        var endpoint = LineValue.Check(access.Endpoint, "endpoint", File).TrimEnd('/');
        return "# restic asks for its own repository password (or reads RESTIC_PASSWORD_FILE); it is not the Storj passphrase.\n" +
            "# Use: set -a; . ./THIS_FILE; set +a; restic init\n" +
            $"AWS_ACCESS_KEY_ID={Value(access.AccessKeyId, "access key id")}\n" +
            $"AWS_SECRET_ACCESS_KEY={Value(access.SecretKey, "secret key")}\n" +
            $"RESTIC_REPOSITORY={PosixShell.Quote($"s3:{endpoint}/{bucket}/{Prefix}")}\n";
    }

    private static string Value(string? value, string field) => PosixShell.Quote(LineValue.Check(value, field, File));
}
