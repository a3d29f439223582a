namespace StorjTui.Sandbox.Gateway;

/// <summary>What one opened grant allows, and how it names objects on disk.</summary>
internal interface IGrantScope
{
    /// <summary>
    /// Throws <see cref="GatewayAccessDeniedException"/> unless every caveat allows <paramref name="permission"/>
    /// on <paramref name="bucket"/> (null: no bucket, e.g. ListBuckets) and <paramref name="objectKey"/> (null: the
    /// bucket itself, or a listing — then a prefix-restricted grant is checked against the bucket only).
    /// </summary>
    /// <remarks>
    /// Storj's rules apply (see <see cref="GrantScope"/>): ListBuckets (<c>List</c>, no bucket) and a bucket's own
    /// metadata (<c>Read</c>, no key: HeadBucket, GetBucketLocation) need no permission flag; creating or deleting a
    /// bucket (<c>Write</c>/<c>Delete</c>, no key) is refused to a grant limited to a prefix of it. For a listing of
    /// a prefix-restricted bucket pass no key and show only the entries <see cref="TryDecryptKey"/> can decrypt (or
    /// <see cref="Allows"/> allows); a listing prefix passed as the key is checked like Storj checks it.
    /// On Storj, HeadObject/GetObject info needs read <em>or</em> list, and overwriting an existing object also
    /// needs delete.
    /// </remarks>
    void Require(GatewayPermission permission, string? bucket, string? objectKey);

    /// <summary>
    /// Whether <see cref="Require"/> would pass, without an exception (for filtering listings and multi-deletes).
    /// Added after the contract; the default goes through <see cref="Require"/>.
    /// </summary>
    bool Allows(GatewayPermission permission, string? bucket, string? objectKey)
    {
        try
        {
            Require(permission, bucket, objectKey);
            return true;
        }
        catch (GatewayAccessDeniedException)
        {
            return false;
        }
    }

    /// <summary>Whether ListBuckets shows <paramref name="bucket"/> (its allowed paths name it, or there are none).</summary>
    bool MaySee(string bucket);

    /// <summary>
    /// The stored name of <paramref name="objectKey"/>: Storj's encrypted path with this grant's key for
    /// <paramref name="bucket"/> (AES-GCM path cipher, each '/'-separated component encrypted), as an opaque ASCII
    /// string safe to keep in an index (not a file name: the store maps it to files). Same input, same output.
    /// Each encrypted component is written as unpadded base64url and the components are joined by '/', so the
    /// stored names under the plain prefix <c>a/b/</c> all start with <c>EncryptKey(bucket, "a/b") + "/"</c>.
    /// Throws <see cref="GatewayAccessDeniedException"/> when the grant holds no key for the path (a grant limited
    /// to another prefix).
    /// </summary>
    string EncryptKey(string bucket, string objectKey);

    /// <summary>The plain key of a stored name, or null when this grant's key cannot decrypt it (another passphrase).</summary>
    string? TryDecryptKey(string bucket, string storedKey);
}
