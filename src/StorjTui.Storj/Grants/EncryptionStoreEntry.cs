namespace StorjTui.Storj.Grants;

/// <summary>
/// One <c>store_entries</c> item of an encryption access: the key for a bucket (and optionally a path inside it),
/// with the path in both plain and encrypted form. Paths are raw bytes, components joined by '/'.
/// </summary>
public sealed class EncryptionStoreEntry
{
    private readonly byte[] _bucket;
    private readonly byte[] _unencryptedPath;
    private readonly byte[] _encryptedPath;
    private readonly byte[] _key;

    /// <summary>Creates an entry; arrays are copied. <paramref name="key"/> must be 32 bytes.</summary>
    public EncryptionStoreEntry(byte[] bucket, byte[] unencryptedPath, byte[] encryptedPath, byte[] key, CipherSuite pathCipher, EncryptionParameters? encryptionParameters = null)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(unencryptedPath);
        ArgumentNullException.ThrowIfNull(encryptedPath);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("An encryption key is 32 bytes.", nameof(key));
        }

        _bucket = (byte[])bucket.Clone();
        _unencryptedPath = (byte[])unencryptedPath.Clone();
        _encryptedPath = (byte[])encryptedPath.Clone();
        _key = (byte[])key.Clone();
        PathCipher = pathCipher;
        EncryptionParameters = encryptionParameters;
    }

    /// <summary>Bucket name bytes.</summary>
    public byte[] Bucket => (byte[])_bucket.Clone();

    /// <summary>Plain path inside the bucket (empty for the bucket itself).</summary>
    public byte[] UnencryptedPath => (byte[])_unencryptedPath.Clone();

    /// <summary>The same path encrypted (empty for the bucket itself).</summary>
    public byte[] EncryptedPath => (byte[])_encryptedPath.Clone();

    /// <summary>The 32-byte key at that path.</summary>
    public byte[] Key => (byte[])_key.Clone();

    /// <summary>How paths under this entry are encrypted.</summary>
    public CipherSuite PathCipher { get; }

    /// <summary>Field 6, normally absent.</summary>
    public EncryptionParameters? EncryptionParameters { get; }

    internal ReadOnlySpan<byte> BucketSpan => _bucket;

    internal ReadOnlySpan<byte> UnencryptedSpan => _unencryptedPath;

    internal ReadOnlySpan<byte> EncryptedSpan => _encryptedPath;

    internal ReadOnlySpan<byte> KeySpan => _key;

    internal byte[] ToBytes()
    {
        var writer = new ProtoWriter();
        writer.WriteBytes(1, _bucket);
        writer.WriteBytes(2, _unencryptedPath);
        writer.WriteBytes(3, _encryptedPath);
        writer.WriteBytes(4, _key);
        writer.WriteInt32(5, (int)PathCipher);
        if (EncryptionParameters is not null)
        {
            writer.WriteMessage(6, EncryptionParameters.ToBytes());
        }

        return writer.ToArray();
    }
}
