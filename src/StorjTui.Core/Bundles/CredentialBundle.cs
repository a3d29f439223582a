using System.Text;
using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>
/// What "Download all" saves for a created access, and its files in each <see cref="BundleFormat"/>.
/// S3 credentials support every format but uplink's; the Access Grant type supports the console's <c>.txt</c>,
/// <c>.json</c> and uplink's importable file; the API Key type <c>.txt</c> and <c>.json</c> (the other formats need an
/// S3 key pair).
/// </summary>
public sealed class CredentialBundle
{
    private CredentialBundle(CreatedAccess access)
    {
        Access = access;
        BaseName = BundleFileNames.BaseName(access.Type, access.Name, access.CreatedAt);
        ProfileName = ProfileNames.FromAccessName(access.Name);
    }

    /// <summary>The created access the bundle describes (holds secrets).</summary>
    public CreatedAccess Access { get; }

    /// <summary>File name without extension, e.g. <c>Storj-S3-Credentials-my-access-2026-01-01T12:00:00.000Z</c>.</summary>
    public string BaseName { get; }

    /// <summary>The aws CLI profile / rclone remote name made from the access name.</summary>
    public string ProfileName { get; }

    /// <summary>Formats this access type can be saved in.</summary>
    public IReadOnlyList<BundleFormat> SupportedFormats => Access.Type == AccessType.S3Credentials
        ? [BundleFormat.Txt, BundleFormat.Aws, BundleFormat.Rclone, BundleFormat.Env, BundleFormat.Json, BundleFormat.Docker, BundleFormat.S3fs, BundleFormat.K8s, BundleFormat.Restic]
        : Access.Type == AccessType.AccessGrant
            ? [BundleFormat.Txt, BundleFormat.Json, BundleFormat.Uplink]
            : [BundleFormat.Txt, BundleFormat.Json];

    /// <summary>
    /// The bucket of the restic repository: the access's only bucket, or the one chosen with
    /// <see cref="WithRepositoryBucket"/>; null when the access has none or several and nothing was chosen.
    /// </summary>
    public string? RepositoryBucket { get; private init; }

    /// <summary>
    /// The formats <see cref="BundleWriter.DownloadAll"/> writes when none are named: every supported one that needs
    /// no further choice (restic only once its bucket is known).
    /// </summary>
    public IReadOnlyList<BundleFormat> ReadyFormats =>
        [.. SupportedFormats.Where(f => f != BundleFormat.Restic || RepositoryBucket is not null)];

    /// <summary>
    /// The same bundle with the restic repository in <paramref name="bucket"/>; throws <see cref="BundleWriteException"/>
    /// (<see cref="BundleWriteFailure.BucketNeeded"/>) saying why when the access cannot use that bucket.
    /// </summary>
    public CredentialBundle WithRepositoryBucket(string bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        if (ResticRepository.BucketProblem(bucket, Access.Buckets) is { } problem)
        {
            throw new BundleWriteException(BundleWriteFailure.BucketNeeded, problem);
        }

        return new CredentialBundle(Access) { RepositoryBucket = bucket };
    }

    /// <summary>Builds a bundle; throws <see cref="ArgumentException"/> when the values its type needs are missing.</summary>
    public static CredentialBundle From(CreatedAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var complete = access.Type switch
        {
            AccessType.S3Credentials => access.AccessKeyId is { Length: > 0 } && access.SecretKey is { Length: > 0 } && access.Endpoint is { Length: > 0 },
            AccessType.AccessGrant => access.AccessGrant is { Length: > 0 },
            AccessType.ApiKey => access.ApiKey is { Length: > 0 } && access.SatelliteAddress is { Length: > 0 },
            _ => false,
        };
        if (!complete)
        {
            throw new ArgumentException($"The created access is missing values its type ({access.Type}) needs.", nameof(access));
        }

        return new CredentialBundle(access) { RepositoryBucket = access.Buckets.Count == 1 ? access.Buckets[0] : null };
    }

    /// <summary>The files for <paramref name="format"/>; dispose them after writing to clear their bytes.</summary>
    public IReadOnlyList<BundleFile> Render(BundleFormat format)
    {
        if (!SupportedFormats.Contains(format))
        {
            throw new NotSupportedException($"{BundleFileNames.TypeWord(Access.Type)} cannot be saved as {format}.");
        }

        return format switch
        {
            BundleFormat.Txt => [File(".txt", ConsoleText.Render(Access))],
            BundleFormat.Env => [File(".env", EnvFile.Render(Access))],
            BundleFormat.Json => [File(".json", JsonFile.Render(Access))],
            BundleFormat.Aws =>
            [
                File(".aws-credentials", AwsProfile.CredentialsFile(this)),
                File(".aws-config", AwsProfile.ConfigFile(this)),
            ],
            BundleFormat.Rclone => [File(".rclone.conf", RcloneRemote.Section(this))],
            BundleFormat.Docker => [File(".docker.env", DockerEnvFile.Render(Access))],
            BundleFormat.S3fs => [File(".passwd-s3fs", S3fsPasswordFile.Render(Access))],
            BundleFormat.K8s => [File(".k8s-secret.yaml", KubernetesSecret.Render(Access))],
            BundleFormat.Uplink => [File(".uplink-access", UplinkAccessFile.Importable(Access))],
            BundleFormat.Restic => [File(".restic.env", ResticRepository.Render(Access, RepositoryBucket))],
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>The console's passphrase download: the phrase only, in <c>Storj-passphrase-&lt;name&gt;-&lt;iso&gt;.txt</c>.</summary>
    public BundleFile RenderPassphrase(ReadOnlySpan<byte> passphraseUtf8) =>
        new(BundleFileNames.PassphraseFileName(Access.Name, Access.CreatedAt), passphraseUtf8.ToArray());

    /// <summary>Never prints secrets.</summary>
    public override string ToString() => $"CredentialBundle {{ {BaseName} }}";

    private BundleFile File(string extension, string content) => new(BaseName + extension, Encoding.UTF8.GetBytes(content));
}
