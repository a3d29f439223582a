using System.Text;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// What an opened grant allows, decided as storj/common <c>macaroon</c> <c>Caveat.Allows</c> decides it: every caveat
/// must allow the action (its <c>disallow_*</c> flag) and, when it has allowed paths, the bucket and the encrypted
/// key (a byte prefix of it, as Storj compares; with the AES-GCM path cipher that means whole components). Storj's
/// special cases are kept: ListBuckets and reading a bucket's own metadata (HeadBucket, GetBucketLocation) need no
/// permission, only the bucket being allowed; creating or deleting a bucket needs the whole bucket, not a prefix
/// of it. One deliberate difference: listing a bucket (no key) is checked against the bucket only, where Storj
/// refuses a listing above a grant's prefix; the gateway then shows only the entries this grant can decrypt.
/// </summary>
internal sealed class GrantScope : IGrantScope
{
    private static readonly UTF8Encoding Strict = new(false, true);
    private readonly IReadOnlyList<Caveat> caveats;
    private readonly EncryptionAccess encryption;

    public GrantScope(IReadOnlyList<Caveat> caveats, EncryptionAccess encryption)
    {
        this.caveats = caveats;
        this.encryption = encryption;
    }

    /// <inheritdoc />
    public void Require(GatewayPermission permission, string? bucket, string? objectKey)
    {
        if (Deny(permission, bucket, objectKey) is { } reason)
        {
            throw new GatewayAccessDeniedException(reason);
        }
    }

    /// <inheritdoc />
    public bool Allows(GatewayPermission permission, string? bucket, string? objectKey) => Deny(permission, bucket, objectKey) is null;

    /// <inheritdoc />
    public bool MaySee(string bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        var name = Encoding.UTF8.GetBytes(bucket);
        return caveats.All(c => c.AllowedPaths.Count == 0 || c.AllowedPaths.Any(p => p.Bucket.AsSpan().SequenceEqual(name)));
    }

    /// <inheritdoc />
    public string EncryptKey(string bucket, string objectKey)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(objectKey);
        return StoredName.From(Encrypt(bucket, objectKey)
            ?? throw new GatewayAccessDeniedException($"the access holds no encryption key for \"{objectKey}\" in bucket \"{bucket}\""));
    }

    /// <inheritdoc />
    public string? TryDecryptKey(string bucket, string storedKey)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(storedKey);
        if (StoredName.TryParse(storedKey) is not { } encrypted)
        {
            return null;
        }

        try
        {
            return encryption.DecryptPath(bucket, encrypted);
        }
        catch (InvalidGrantDataException)
        {
            // Another passphrase's key, or a path this grant holds no key for: not ours to see.
            return null;
        }
    }

    /// <summary>Null when allowed, else the reason in words a person can act on.</summary>
    private string? Deny(GatewayPermission permission, string? bucket, string? objectKey)
    {
        if (bucket is null)
        {
            if (objectKey is not null)
            {
                throw new ArgumentException("An object key needs a bucket.", nameof(objectKey));
            }

            // Storj's ListBuckets checks a read of no bucket, which every key may do; MaySee filters the buckets.
            return permission == GatewayPermission.List ? null : DenyFlag(permission);
        }

        var name = Encoding.UTF8.GetBytes(bucket);
        var bucketMetadata = permission == GatewayPermission.Read && objectKey is null;
        var wholeBucketListing = permission == GatewayPermission.List && objectKey is null;
        byte[]? encrypted = null;
        var encryptedKnown = false;
        foreach (var caveat in caveats)
        {
            // Storj lets every key read a bucket's metadata, so no flag is checked for it.
            if (!bucketMetadata && DenyFlag(permission, caveat) is { } flag)
            {
                return flag;
            }

            if (caveat.AllowedPaths.Count == 0)
            {
                continue;
            }

            var inBucket = caveat.AllowedPaths.Where(p => p.Bucket.AsSpan().SequenceEqual(name)).ToList();
            if (inBucket.Count == 0)
            {
                return $"bucket \"{bucket}\" is outside the allowed buckets ({AllowedBuckets()})";
            }

            if (bucketMetadata || wholeBucketListing || inBucket.Any(p => p.EncryptedPathPrefix.Length == 0))
            {
                continue;
            }

            if (!encryptedKnown)
            {
                encrypted = objectKey is null ? [] : Encrypt(bucket, objectKey);
                encryptedKnown = true;
            }

            if (encrypted is null || !inBucket.Any(p => encrypted.AsSpan().StartsWith(p.EncryptedPathPrefix)))
            {
                var what = objectKey is null ? $"the bucket \"{bucket}\" itself" : $"\"{objectKey}\" in bucket \"{bucket}\"";
                return $"{what} is outside the allowed prefix ({PlainPrefixes(bucket, inBucket)})";
            }
        }

        return null;
    }

    private static string? DenyFlag(GatewayPermission permission, Caveat caveat)
    {
        var disallowed = permission switch
        {
            GatewayPermission.Read => caveat.DisallowReads,
            GatewayPermission.Write => caveat.DisallowWrites,
            GatewayPermission.List => caveat.DisallowLists,
            GatewayPermission.Delete => caveat.DisallowDeletes,
            _ => true,
        };
        return disallowed ? DenyText(permission) : null;
    }

    private string? DenyFlag(GatewayPermission permission) =>
        caveats.Select(c => DenyFlag(permission, c)).FirstOrDefault(r => r is not null);

    private static string DenyText(GatewayPermission permission) =>
        $"the access is not allowed to {permission.ToString().ToLowerInvariant()}";

    /// <summary>The buckets every path-restricting caveat names (what ListBuckets shows), for messages.</summary>
    private string AllowedBuckets()
    {
        var sets = caveats.Where(c => c.AllowedPaths.Count > 0)
            .Select(c => c.AllowedPaths.Select(p => Encoding.UTF8.GetString(p.Bucket)).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var allowed = sets.Skip(1).Aggregate(sets[0], (all, next) => [.. all.Intersect(next, StringComparer.Ordinal)]);
        return allowed.Count == 0 ? "none" : string.Join(", ", allowed.Order(StringComparer.Ordinal));
    }

    /// <summary>The caveat's prefixes in plain text where this grant can decrypt them, for messages.</summary>
    private string PlainPrefixes(string bucket, IEnumerable<CaveatPath> paths) =>
        string.Join(", ", paths.Select(p =>
        {
            try
            {
                return $"\"{encryption.DecryptPath(bucket, p.EncryptedPathPrefix)}\"";
            }
            catch (InvalidGrantDataException)
            {
                return "an encrypted prefix";
            }
        }));

    /// <summary>The encrypted path, or null when the grant holds no key for it (a grant limited to other paths).</summary>
    private byte[]? Encrypt(string bucket, string objectKey)
    {
        // A lone surrogate would be stored as U+FFFD and come back as another key.
        try
        {
            Strict.GetByteCount(objectKey);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException($"The object key \"{objectKey}\" is not valid Unicode.", nameof(objectKey), e);
        }

        try
        {
            return encryption.EncryptPath(bucket, objectKey);
        }
        catch (InvalidGrantDataException)
        {
            return null;
        }
    }
}
