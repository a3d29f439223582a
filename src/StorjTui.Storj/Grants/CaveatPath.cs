namespace StorjTui.Storj.Grants;

/// <summary>
/// One <c>allowed_paths</c> entry of a caveat: a bucket and an encrypted path prefix (empty for the whole bucket).
/// </summary>
public sealed class CaveatPath
{
    /// <summary>Creates an entry; both arrays are copied.</summary>
    public CaveatPath(byte[] bucket, byte[]? encryptedPathPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        Bucket = (byte[])bucket.Clone();
        EncryptedPathPrefix = encryptedPathPrefix is null ? [] : (byte[])encryptedPathPrefix.Clone();
    }

    /// <summary>The bucket name bytes (plain, not encrypted).</summary>
    public byte[] Bucket { get; }

    /// <summary>The encrypted path prefix, components joined by '/'; empty for the whole bucket.</summary>
    public byte[] EncryptedPathPrefix { get; }
}
