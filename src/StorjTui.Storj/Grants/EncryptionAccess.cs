using System.Security.Cryptography;
using System.Text;

namespace StorjTui.Storj.Grants;

/// <summary>
/// The encryption half of an access grant (protobuf <c>EncryptionAccess</c>): an optional default key
/// (the root key derived from the passphrase), store entries holding keys for buckets or paths, and the
/// default path cipher. Immutable; accessors return copies.
/// </summary>
public sealed class EncryptionAccess
{
    private readonly byte[]? _defaultKey;
    private readonly EncryptionStoreEntry[] _entries;
    private readonly EncryptionStore _store;

    /// <summary>
    /// Creates an encryption access. <paramref name="defaultKey"/> (copied) must be 32 bytes or null.
    /// Throws <see cref="InvalidAccessGrantException"/> when store entries contradict each other.
    /// </summary>
    public EncryptionAccess(byte[]? defaultKey, CipherSuite defaultPathCipher = CipherSuite.AesGcm, IEnumerable<EncryptionStoreEntry>? storeEntries = null, EncryptionParameters? defaultEncryptionParameters = null)
    {
        if (defaultKey is not null && defaultKey.Length != 32)
        {
            throw new ArgumentException("An encryption key is 32 bytes.", nameof(defaultKey));
        }

        _defaultKey = (byte[]?)defaultKey?.Clone();
        DefaultPathCipher = defaultPathCipher;
        DefaultEncryptionParameters = defaultEncryptionParameters;
        _entries = storeEntries?.ToArray() ?? [];
        _store = new EncryptionStore(_defaultKey, defaultPathCipher);
        foreach (var entry in _entries)
        {
            if (!_store.TryAdd(entry.BucketSpan, entry.UnencryptedSpan, entry.EncryptedSpan, entry.KeySpan, entry.PathCipher))
            {
                throw new InvalidAccessGrantException("the encryption access has store entries whose paths contradict each other");
            }
        }
    }

    /// <summary>The default (root) key, or null when the grant is limited to some buckets or paths.</summary>
    public byte[]? DefaultKey => (byte[]?)_defaultKey?.Clone();

    /// <summary>True when a default key is present.</summary>
    public bool HasDefaultKey => _defaultKey is not null;

    /// <summary>Keys for buckets and paths, in the order they are written.</summary>
    public IReadOnlyList<EncryptionStoreEntry> StoreEntries => _entries;

    /// <summary>How paths are encrypted when no store entry says otherwise.</summary>
    public CipherSuite DefaultPathCipher { get; }

    /// <summary>Field 4, normally absent.</summary>
    public EncryptionParameters? DefaultEncryptionParameters { get; }

    /// <summary>
    /// Encrypts an object key or prefix in a bucket with the keys this access holds (store entries first,
    /// else the default key). Throws <see cref="InvalidRestrictionException"/> when it holds no key for it.
    /// </summary>
    public byte[] EncryptPath(string bucket, string path)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(path);
        return EncryptPath(Encoding.UTF8.GetBytes(bucket), Encoding.UTF8.GetBytes(path));
    }

    /// <summary>
    /// Decrypts an encrypted path in a bucket. Throws <see cref="InvalidEncryptedPathException"/> when it holds
    /// no key for it or the path does not decrypt.
    /// </summary>
    public string DecryptPath(string bucket, ReadOnlySpan<byte> encryptedPath)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return PathEncryption.ToText(DecryptPath(Encoding.UTF8.GetBytes(bucket), encryptedPath));
    }

    /// <summary>
    /// Returns the access limited to what <paramref name="apiKey"/>'s caveats allow, as Storj does when it
    /// parses or restricts a grant: without path restrictions, this same access; otherwise one store entry
    /// per allowed bucket/prefix (keys derived from this access) and no default key.
    /// </summary>
    public EncryptionAccess LimitTo(ApiKey apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        var groups = apiKey.Caveats.Where(c => c.AllowedPaths.Count > 0).Select(c => c.AllowedPaths).ToList();
        if (groups.Count == 0)
        {
            return this;
        }

        // A prefix survives only if every caveat with paths allows it (same bucket, a byte prefix of it).
        var allowed = groups.SelectMany(g => g)
            .Where(p => groups.All(g => g.Any(o => o.Bucket.AsSpan().SequenceEqual(p.Bucket) && p.EncryptedPathPrefix.AsSpan().StartsWith(o.EncryptedPathPrefix))))
            .ToList();

        var entries = new List<EncryptionStoreEntry>();
        var check = new EncryptionStore(null, DefaultPathCipher);
        foreach (var prefix in allowed)
        {
            // As in Storj, a prefix this access cannot decrypt or derive is skipped, not an error.
            byte[] plain, key;
            try
            {
                plain = DecryptPath(prefix.Bucket, prefix.EncryptedPathPrefix);
                key = DerivePathKey(prefix.Bucket, plain);
            }
            catch (InvalidGrantDataException)
            {
                continue;
            }

            var (found, _) = _store.LookupEncrypted(prefix.Bucket, prefix.EncryptedPathPrefix);
            if (found is null || !check.TryAdd(prefix.Bucket, plain, prefix.EncryptedPathPrefix, key, found.PathCipher))
            {
                continue;
            }

            var entry = new EncryptionStoreEntry(prefix.Bucket, plain, prefix.EncryptedPathPrefix, key, found.PathCipher);
            CryptographicOperations.ZeroMemory(key);
            var same = entries.FindIndex(e => e.BucketSpan.SequenceEqual(entry.BucketSpan) && e.UnencryptedSpan.SequenceEqual(entry.UnencryptedSpan));
            if (same >= 0)
            {
                entries[same] = entry;
            }
            else
            {
                entries.Add(entry);
            }
        }

        return new EncryptionAccess(null, DefaultPathCipher, entries);
    }

    internal byte[] EncryptPath(ReadOnlySpan<byte> bucket, ReadOnlySpan<byte> path)
    {
        if (path.IsEmpty)
        {
            return [];
        }

        var (found, remaining) = _store.LookupUnencrypted(bucket, path);
        if (found is null)
        {
            throw new InvalidRestrictionException("the access holds no encryption key for that bucket or path");
        }

        var key = found.IsDefault ? PathEncryption.DerivePathComponentKey(found.Key, bucket) : found.Key;
        byte[] encrypted;
        try
        {
            encrypted = PathEncryption.EncryptComponents(remaining, found.PathCipher, key);
        }
        catch (NotSupportedException e)
        {
            throw new InvalidRestrictionException(e.Message, e);
        }
        finally
        {
            if (found.IsDefault)
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }

        return Join(found.Encrypted, remaining.Length > 0 ? encrypted : null);
    }

    internal byte[] DecryptPath(ReadOnlySpan<byte> bucket, ReadOnlySpan<byte> encryptedPath)
    {
        if (encryptedPath.IsEmpty)
        {
            return [];
        }

        var (found, remaining) = _store.LookupEncrypted(bucket, encryptedPath);
        if (found is null)
        {
            throw new InvalidEncryptedPathException("the access holds no encryption key for that bucket or path");
        }

        var key = found.IsDefault ? PathEncryption.DerivePathComponentKey(found.Key, bucket) : found.Key;
        try
        {
            var plain = PathEncryption.DecryptComponents(remaining, found.PathCipher, key);
            return Join(found.Unencrypted, remaining.Length > 0 ? plain : null);
        }
        finally
        {
            if (found.IsDefault)
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }
    }

    /// <summary>The key at a plain path (the bucket key for an empty path), derived from the nearest base.</summary>
    internal byte[] DerivePathKey(ReadOnlySpan<byte> bucket, ReadOnlySpan<byte> path)
    {
        var (found, remaining) = _store.LookupUnencrypted(bucket, path);
        if (found is null)
        {
            throw new InvalidRestrictionException("the access holds no encryption key for that bucket or path");
        }

        var key = found.IsDefault ? PathEncryption.DerivePathComponentKey(found.Key, bucket) : (byte[])found.Key.Clone();
        foreach (var component in remaining)
        {
            var next = PathEncryption.DerivePathComponentKey(key, EncryptionStore.Bytes(component));
            CryptographicOperations.ZeroMemory(key);
            key = next;
        }

        return key;
    }

    internal byte[] ToBytes()
    {
        var writer = new ProtoWriter();
        if (_defaultKey is not null)
        {
            writer.WriteBytes(1, _defaultKey);
        }

        foreach (var entry in _entries)
        {
            writer.WriteMessage(2, entry.ToBytes());
        }

        writer.WriteInt32(3, (int)DefaultPathCipher);
        if (DefaultEncryptionParameters is not null)
        {
            writer.WriteMessage(4, DefaultEncryptionParameters.ToBytes());
        }

        return writer.ToArray();
    }

    /// <summary>Reads the protobuf; a default path cipher of 0 reads as AES-GCM, as Storj does.</summary>
    internal static EncryptionAccess Read(ReadOnlySpan<byte> data, EncryptionAccess? merged)
    {
        var defaultKey = merged?._defaultKey;
        var entries = new List<EncryptionStoreEntry>(merged?._entries ?? []);
        var cipher = merged?.DefaultPathCipher ?? CipherSuite.Unspecified;
        var parameters = merged?.DefaultEncryptionParameters;
        var reader = new ProtoReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    defaultKey = reader.ReadBytes().ToArray();
                    break;
                case 2:
                    entries.Add(ReadEntry(reader.ReadBytes()));
                    break;
                case 3:
                    cipher = (CipherSuite)reader.ReadInt32();
                    break;
                case 4:
                    parameters = EncryptionParameters.Read(reader.ReadBytes(), parameters);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (defaultKey is { Length: 0 })
        {
            defaultKey = null;
        }

        if (defaultKey is not null && defaultKey.Length != 32)
        {
            throw new InvalidAccessGrantException("the encryption access has a default key of the wrong length");
        }

        return new EncryptionAccess(defaultKey, cipher == CipherSuite.Unspecified ? CipherSuite.AesGcm : cipher, entries, parameters);
    }

    private static EncryptionStoreEntry ReadEntry(ReadOnlySpan<byte> data)
    {
        byte[] bucket = [], unencrypted = [], encrypted = [], key = [];
        var cipher = CipherSuite.Unspecified;
        EncryptionParameters? parameters = null;
        var reader = new ProtoReader(data);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    bucket = reader.ReadBytes().ToArray();
                    break;
                case 2:
                    unencrypted = reader.ReadBytes().ToArray();
                    break;
                case 3:
                    encrypted = reader.ReadBytes().ToArray();
                    break;
                case 4:
                    key = reader.ReadBytes().ToArray();
                    break;
                case 5:
                    cipher = (CipherSuite)reader.ReadInt32();
                    break;
                case 6:
                    parameters = EncryptionParameters.Read(reader.ReadBytes(), parameters);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (key.Length != 32)
        {
            throw new InvalidAccessGrantException("an encryption access store entry has a key of the wrong length");
        }

        return new EncryptionStoreEntry(bucket, unencrypted, encrypted, key, cipher, parameters);
    }

    private static byte[] Join(byte[] basePath, byte[]? rest)
    {
        if (rest is null)
        {
            return basePath;
        }

        if (basePath.Length == 0)
        {
            return rest;
        }

        return [.. basePath, (byte)'/', .. rest];
    }
}
