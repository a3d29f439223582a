using Amazon.S3.Model;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;
using StorjTui.Storj.S3;

namespace StorjTui.IntegrationTests.S3;

/// <summary>
/// One export scenario: a key pair that works on the target (provisioned on the test radosgw, or made by the
/// sandbox's create flow for its own gateway), put into a <see cref="CreatedAccess"/>
/// exactly as the create flow returns it, written by <see cref="BundleWriter.DownloadAll"/> into a temp folder;
/// a bucket that exists (made with the app's SDK settings) and an empty temp HOME for the tools.
/// </summary>
internal sealed class ExportedBundle : IDisposable
{
    private ExportedBundle(string endpoint, TestKeyPair keys, CredentialBundle bundle, string folder, string home, string bucket)
    {
        Endpoint = endpoint;
        Keys = keys;
        Bundle = bundle;
        Folder = folder;
        Home = home;
        Bucket = bucket;
    }

    /// <summary>The S3 endpoint the bundle names.</summary>
    public string Endpoint { get; }

    public TestKeyPair Keys { get; }

    public CredentialBundle Bundle { get; }

    /// <summary>Where "Download all" wrote the files.</summary>
    public string Folder { get; }

    /// <summary>An empty folder to use as the tools' HOME.</summary>
    public string Home { get; }

    /// <summary>An existing bucket the key pair owns.</summary>
    public string Bucket { get; }

    public string ProfileName => Bundle.ProfileName;

    public static async Task<ExportedBundle> CreateAsync(IS3Target target)
    {
        var (keys, endpoint) = await target.NewCredentialsAsync();
        // Letters and digits only, so the rclone remote's environment variable name is predictable.
        var name = "rgwexport" + Guid.NewGuid().ToString("N")[..8];
        var access = new CreatedAccess
        {
            Type = AccessType.S3Credentials,
            Name = name,
            CreatedAt = DateTimeOffset.UtcNow,
            Permissions = Permissions.All,
            Buckets = [],
            AccessKeyId = keys.AccessKeyId,
            SecretKey = keys.SecretKey,
            Endpoint = endpoint,
        };
        var bundle = CredentialBundle.From(access);
        var folder = Directory.CreateTempSubdirectory("storj-tui-export-").FullName;
        var home = Directory.CreateTempSubdirectory("storj-tui-home-").FullName;
        BundleWriter.DownloadAll(bundle, folder);

        // aws s3 mb / rclone mkdir would send region "global" as LocationConstraint, which radosgw refuses
        // (InvalidLocationConstraint); the bucket is made the way the app's own SDK client makes it.
        var bucket = "export-" + Guid.NewGuid().ToString("N")[..12];
        using (var client = S3ClientFactory.Create(keys.AccessKeyId, keys.SecretKey, new Uri(endpoint)))
        {
            await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
        }

        return new ExportedBundle(endpoint, keys, bundle, folder, home, bucket);
    }

    /// <summary>The one written file named the bundle's base name + <paramref name="extension"/> (e.g. ".aws-config"; ".env" is not ".docker.env").</summary>
    public string File(string extension) =>
        Directory.GetFiles(Folder).Single(f => Path.GetFileName(f) == Bundle.BaseName + extension);

    /// <summary>
    /// A tool environment that sees nothing of the developer's own setup: HOME is the temp home, and every
    /// AWS_*/RCLONE_* variable is removed (AWS_CA_BUNDLE on this machine even breaks rclone's S3 client).
    /// </summary>
    public Dictionary<string, string?> Environment(params (string Name, string Value)[] extra)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["HOME"] = Home, ["XDG_CONFIG_HOME"] = null };
        foreach (var name in System.Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("AWS_", StringComparison.Ordinal) || name.StartsWith("RCLONE_", StringComparison.Ordinal))
            {
                env[name] = null;
            }
        }

        foreach (var (name, value) in extra)
        {
            env[name] = value;
        }

        return env;
    }

    /// <summary>A small local file to upload.</summary>
    public string LocalFile(string name, string content)
    {
        var path = Path.Combine(Home, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        Directory.Delete(Home, recursive: true);
    }
}
