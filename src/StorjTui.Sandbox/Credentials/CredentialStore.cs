using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StorjTui.Core.Bundles;

namespace StorjTui.Sandbox.Credentials;

/// <summary>
/// Makes and keeps S3 credentials as Storj's auth service does (storj/edge pkg/auth/authdb): the access key id is
/// base32 of <c>0x4d ‖ 16 random bytes</c> (28 characters), the secret key base32 of <c>0x4e ‖ 32 random bytes</c>
/// (53 characters). A record is stored under sha256 of the 16 id bytes; the secret and the grant are encrypted
/// with AES-256-GCM keyed by the id bytes (padded with 16 zero bytes), nonces all-zero and <c>01 00 …</c>. Neither the
/// id nor the secret is on disk in clear.
/// </summary>
internal sealed class CredentialStore
{
    private const byte AccessKeyVersion = 0x4d;
    private const byte SecretKeyVersion = 0x4e;
    private readonly string file;
    private readonly Lock gate = new();
    private CredentialFileWire data;

    public CredentialStore(string file)
    {
        this.file = file;
        data = File.Exists(file)
            ? JsonSerializer.Deserialize(State.SandboxState.ReadState(file), SandboxJsonContext.Default.CredentialFileWire) ?? new CredentialFileWire()
            : new CredentialFileWire();
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return data.Records.Count;
            }
        }
    }

    public IssuedCredentials Create(string satelliteAddress, byte[] macaroonHead, DateTimeOffset? expiresAt, string accessGrant, bool isPublic, DateTimeOffset now)
    {
        var id = RandomNumberGenerator.GetBytes(16);
        var secret = RandomNumberGenerator.GetBytes(32);
        var grantBytes = Encoding.UTF8.GetBytes(accessGrant);
        try
        {
            var record = new CredentialRecordWire
            {
                SatelliteAddress = satelliteAddress,
                MacaroonHead = Convert.ToBase64String(macaroonHead),
                ExpiresAt = expiresAt,
                EncryptedSecretKey = Convert.ToBase64String(Seal(id, SecretNonce(), secret)),
                EncryptedAccessGrant = Convert.ToBase64String(Seal(id, GrantNonce(), grantBytes)),
                Public = isPublic,
                CreatedAt = now,
            };
            var issued = new IssuedCredentials(Base32Lower.Encode([AccessKeyVersion, .. id]), Base32Lower.Encode([SecretKeyVersion, .. secret]));
            lock (gate)
            {
                data.Records[HashOf(id)] = record;
                Save();
            }
            return issued;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(id);
            CryptographicOperations.ZeroMemory(secret);
            CryptographicOperations.ZeroMemory(grantBytes);
        }
    }

    /// <summary>Decrypts the record of an access key id, or null when there is none (or the id is malformed).</summary>
    public StoredCredentials? Find(string accessKeyId)
    {
        if (!TryIdBytes(accessKeyId, out var id))
        {
            return null;
        }
        CredentialRecordWire? record;
        lock (gate)
        {
            data.Records.TryGetValue(HashOf(id), out record);
        }
        if (record is null)
        {
            return null;
        }
        var secret = Open(id, SecretNonce(), Convert.FromBase64String(record.EncryptedSecretKey));
        var grant = Open(id, GrantNonce(), Convert.FromBase64String(record.EncryptedAccessGrant));
        return new StoredCredentials(
            Base32Lower.Encode([SecretKeyVersion, .. secret]),
            Encoding.UTF8.GetString(grant),
            record.SatelliteAddress,
            record.ExpiresAt,
            record.Public);
    }

    public bool Remove(string accessKeyId)
    {
        if (!TryIdBytes(accessKeyId, out var id))
        {
            return false;
        }
        lock (gate)
        {
            var removed = data.Records.Remove(HashOf(id));
            if (removed)
            {
                Save();
            }
            return removed;
        }
    }

    private void Save() => PrivateFiles.Replace(file, JsonSerializer.Serialize(data, SandboxJsonContext.Default.CredentialFileWire));

    private static bool TryIdBytes(string accessKeyId, out byte[] id)
    {
        id = [];
        if (accessKeyId.Length != 28 || !Base32Lower.TryDecode(accessKeyId, out var raw) || raw.Length != 17 || raw[0] != AccessKeyVersion)
        {
            return false;
        }
        id = raw[1..];
        return true;
    }

    private static string HashOf(byte[] id) => Convert.ToHexStringLower(SHA256.HashData(id));

    private static byte[] SecretNonce() => new byte[12];

    private static byte[] GrantNonce()
    {
        var nonce = new byte[12];
        nonce[0] = 1;
        return nonce;
    }

    private static byte[] KeyOf(byte[] id)
    {
        var key = new byte[32];
        id.CopyTo(key, 0);
        return key;
    }

    private static byte[] Seal(byte[] id, byte[] nonce, byte[] plain)
    {
        var key = KeyOf(id);
        try
        {
            using var aes = new AesGcm(key, 16);
            var sealedBytes = new byte[plain.Length + 16];
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length));
            return sealedBytes;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] Open(byte[] id, byte[] nonce, byte[] sealedBytes)
    {
        var key = KeyOf(id);
        try
        {
            using var aes = new AesGcm(key, 16);
            var plain = new byte[sealedBytes.Length - 16];
            aes.Decrypt(nonce, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), plain);
            return plain;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
