using System.Security.Cryptography;
using System.Text;

namespace StorjTui.Storj.Grants;

/// <summary>
/// Storj's path encryption (storj/common <c>encryption/path.go</c>): each '/'-separated component is
/// AES-256-GCM encrypted under the current key with a nonce derived from the child key, escaped so it holds
/// no '/', and the child key <c>HMAC-SHA512(key, "path:" + component)[..32]</c> becomes the key for the next one.
/// </summary>
public static class PathEncryption
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary><c>HMAC-SHA512(key, message)[..32]</c>.</summary>
    public static byte[] DeriveKey(ReadOnlySpan<byte> key, ReadOnlySpan<byte> message)
    {
        Span<byte> full = stackalloc byte[64];
        HMACSHA512.HashData(key, message, full);
        var derived = full[..32].ToArray();
        CryptographicOperations.ZeroMemory(full);
        return derived;
    }

    /// <summary>The key of a bucket under the project's default key: <c>DeriveKey(defaultKey, "path:" + bucket)</c>.</summary>
    public static byte[] DeriveBucketKey(ReadOnlySpan<byte> defaultKey, string bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return DerivePathComponentKey(defaultKey, Encoding.UTF8.GetBytes(bucket));
    }

    /// <summary>
    /// Encrypts an object key (or prefix) in <paramref name="bucket"/> under the project's default key, as
    /// uplink does with a store holding only that key. Returns the raw encrypted path bytes.
    /// </summary>
    public static byte[] EncryptPath(string bucket, string path, ReadOnlySpan<byte> defaultKey, CipherSuite cipher = CipherSuite.AesGcm)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bucketKey = DeriveBucketKey(defaultKey, bucket);
        try
        {
            return EncryptComponents(EncryptionStore.Split(Encoding.UTF8.GetBytes(path)), cipher, bucketKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bucketKey);
        }
    }

    /// <summary>
    /// Decrypts a path made by <see cref="EncryptPath"/>. Throws <see cref="InvalidEncryptedPathException"/>
    /// when it is malformed or was encrypted with another key.
    /// </summary>
    public static string DecryptPath(string bucket, ReadOnlySpan<byte> encryptedPath, ReadOnlySpan<byte> defaultKey, CipherSuite cipher = CipherSuite.AesGcm)
    {
        var bucketKey = DeriveBucketKey(defaultKey, bucket);
        try
        {
            return ToText(DecryptComponents(EncryptionStore.Split(encryptedPath), cipher, bucketKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bucketKey);
        }
    }

    internal static byte[] DerivePathComponentKey(ReadOnlySpan<byte> key, ReadOnlySpan<byte> component)
    {
        var message = new byte[5 + component.Length];
        "path:"u8.CopyTo(message);
        component.CopyTo(message.AsSpan(5));
        return DeriveKey(key, message);
    }

    /// <summary>Encrypts components starting from <paramref name="key"/>; returns them joined by '/'.</summary>
    internal static byte[] EncryptComponents(IReadOnlyList<string> components, CipherSuite cipher, byte[] key)
    {
        var output = new List<byte>();
        var current = key;
        for (var i = 0; i < components.Count; i++)
        {
            var plain = EncryptionStore.Bytes(components[i]);
            if (i > 0)
            {
                output.Add((byte)'/');
            }

            output.AddRange(EncryptComponent(plain, cipher, current));
            var next = DerivePathComponentKey(current, plain);
            if (!ReferenceEquals(current, key))
            {
                CryptographicOperations.ZeroMemory(current);
            }

            current = next;
        }

        if (!ReferenceEquals(current, key))
        {
            CryptographicOperations.ZeroMemory(current);
        }

        return [.. output];
    }

    /// <summary>Decrypts encrypted components starting from <paramref name="key"/>; returns plain bytes joined by '/'.</summary>
    internal static byte[] DecryptComponents(IReadOnlyList<string> components, CipherSuite cipher, byte[] key)
    {
        var output = new List<byte>();
        var current = key;
        for (var i = 0; i < components.Count; i++)
        {
            var plain = DecryptComponent(EncryptionStore.Bytes(components[i]), cipher, current);
            if (i > 0)
            {
                output.Add((byte)'/');
            }

            output.AddRange(plain);
            var next = DerivePathComponentKey(current, plain);
            if (!ReferenceEquals(current, key))
            {
                CryptographicOperations.ZeroMemory(current);
            }

            current = next;
        }

        if (!ReferenceEquals(current, key))
        {
            CryptographicOperations.ZeroMemory(current);
        }

        return [.. output];
    }

    internal static string ToText(byte[] plain)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(plain);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidEncryptedPathException("the decrypted path is not valid UTF-8", e);
        }
    }

    private static byte[] EncryptComponent(byte[] component, CipherSuite cipher, byte[] key)
    {
        switch (cipher)
        {
            case CipherSuite.Null:
                return component;
            case CipherSuite.AesGcm:
                var child = DerivePathComponentKey(key, component);
                Span<byte> nonceFull = stackalloc byte[64];
                HMACSHA512.HashData(child, "nonce"u8, nonceFull);
                CryptographicOperations.ZeroMemory(child);
                var sealedData = new byte[NonceSize + (component.Length == 0 ? 0 : component.Length + TagSize)];
                nonceFull[..NonceSize].CopyTo(sealedData);
                if (component.Length > 0)
                {
                    // Storj does not encrypt an empty component: the segment is just the nonce.
                    using var aes = new AesGcm(key, TagSize);
                    aes.Encrypt(nonceFull[..NonceSize], component, sealedData.AsSpan(NonceSize, component.Length), sealedData.AsSpan(NonceSize + component.Length));
                }

                return EncodeSegment(sealedData);
            default:
                throw new NotSupportedException($"path cipher {cipher} is not supported for path encryption");
        }
    }

    private static byte[] DecryptComponent(byte[] component, CipherSuite cipher, byte[] key)
    {
        if (component.Length == 0)
        {
            return [];
        }

        switch (cipher)
        {
            case CipherSuite.Null:
                return component;
            case CipherSuite.AesGcm:
                var data = DecodeSegment(component);
                if (data.Length < NonceSize)
                {
                    throw new InvalidEncryptedPathException("an encrypted path component is too short");
                }

                var cipherText = data.AsSpan(NonceSize);
                if (cipherText.IsEmpty)
                {
                    return [];
                }

                if (cipherText.Length < TagSize)
                {
                    throw new InvalidEncryptedPathException("an encrypted path component is too short");
                }

                var plain = new byte[cipherText.Length - TagSize];
                try
                {
                    using var aes = new AesGcm(key, TagSize);
                    aes.Decrypt(data.AsSpan(0, NonceSize), cipherText[..^TagSize], cipherText[^TagSize..], plain);
                }
                catch (AuthenticationTagMismatchException e)
                {
                    throw new InvalidEncryptedPathException("the path was not encrypted with this key (authentication failed)", e);
                }

                return plain;
            default:
                throw new InvalidEncryptedPathException($"path cipher {cipher} is not supported for path decryption");
        }
    }

    // Escapes so an encrypted component holds no '/', 0x00 or 0xff; empty → 0x01, else 0x02 + escaped bytes.
    internal static byte[] EncodeSegment(ReadOnlySpan<byte> segment)
    {
        if (segment.IsEmpty)
        {
            return [0x01];
        }

        var result = new List<byte>(segment.Length * 2 + 1) { 0x02 };
        foreach (var b in segment)
        {
            switch (b)
            {
                case 0x2e or 0x2f:
                    result.Add(0x2e);
                    result.Add((byte)(b - 0x2e + 1));
                    break;
                case 0xfe or 0xff:
                    result.Add(0xfe);
                    result.Add((byte)(b - 0xfe + 1));
                    break;
                case 0x00 or 0x01:
                    result.Add(0x01);
                    result.Add((byte)(b + 1));
                    break;
                default:
                    result.Add(b);
                    break;
            }
        }

        return [.. result];
    }

    internal static byte[] DecodeSegment(ReadOnlySpan<byte> segment)
    {
        if (segment.IsEmpty || (segment[0] != 0x01 && segment[0] != 0x02))
        {
            throw new InvalidEncryptedPathException("an encrypted path component has an invalid prefix");
        }

        if (segment[0] == 0x01)
        {
            return segment.Length == 1 ? [] : throw new InvalidEncryptedPathException("an empty encrypted path component holds data");
        }

        if (segment.Length == 1)
        {
            throw new InvalidEncryptedPathException("a non-empty encrypted path component holds no data");
        }

        var result = new List<byte>(segment.Length);
        for (var i = 1; i < segment.Length; i++)
        {
            var b = segment[i];
            if (b is 0x2e or 0xfe or 0x01)
            {
                if (i + 1 >= segment.Length || segment[i + 1] is not (1 or 2))
                {
                    throw new InvalidEncryptedPathException("an encrypted path component has an invalid escape sequence");
                }

                result.Add(b == 0x01 ? (byte)(segment[i + 1] - 1) : (byte)(b + segment[i + 1] - 1));
                i++;
            }
            else if (b is 0x00 or 0xff or 0x2f)
            {
                throw new InvalidEncryptedPathException("an encrypted path component holds an invalid byte");
            }
            else
            {
                result.Add(b);
            }
        }

        return [.. result];
    }
}
