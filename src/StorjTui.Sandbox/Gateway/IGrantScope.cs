namespace StorjTui.Sandbox.Gateway;

/// <summary>What one opened grant allows, and how it names objects on disk.</summary>
internal interface IGrantScope
{
    /// <summary>
    /// Throws <see cref="GatewayAccessDeniedException"/> unless every caveat allows <paramref name="permission"/>
    /// on <paramref name="bucket"/> (null: no bucket, e.g. ListBuckets) and <paramref name="objectKey"/> (null: the
    /// bucket itself, or a listing — then a prefix-restricted grant is checked against the bucket only).
    /// </summary>
    void Require(GatewayPermission permission, string? bucket, string? objectKey);

    /// <summary>Whether ListBuckets shows <paramref name="bucket"/> (its allowed paths name it, or there are none).</summary>
    bool MaySee(string bucket);

    /// <summary>
    /// The stored name of <paramref name="objectKey"/>: Storj's encrypted path with this grant's key for
    /// <paramref name="bucket"/> (AES-GCM path cipher, each '/'-separated component encrypted), as an opaque ASCII
    /// string safe to keep in an index (not a file name: the store maps it to files). Same input, same output.
    /// </summary>
    string EncryptKey(string bucket, string objectKey);

    /// <summary>The plain key of a stored name, or null when this grant's key cannot decrypt it (another passphrase).</summary>
    string? TryDecryptKey(string bucket, string storedKey);
}
