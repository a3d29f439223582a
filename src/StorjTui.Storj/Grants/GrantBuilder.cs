using System.Security.Cryptography;

namespace StorjTui.Storj.Grants;

/// <summary>
/// Builds an access grant on the client the way the console's WebAssembly does (<c>GenAccessGrant</c>):
/// root key from passphrase + project salt (8 threads), AES-GCM paths (NULL when the project does not
/// encrypt paths), the store limited to what the API key's caveats allow.
/// </summary>
public static class GrantBuilder
{
    /// <summary>Creates the grant. <paramref name="passphrase"/> is UTF-8; the caller clears it.</summary>
    public static AccessGrant Create(ApiKey apiKey, string satelliteAddress, ReadOnlySpan<byte> passphrase, ReadOnlySpan<byte> salt, bool encryptPath = true)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentException.ThrowIfNullOrEmpty(satelliteAddress);
        var key = RootKey.Derive(passphrase, salt);
        try
        {
            var access = new EncryptionAccess(key, encryptPath ? CipherSuite.AesGcm : CipherSuite.Null);
            return new AccessGrant(satelliteAddress, apiKey, access.LimitTo(apiKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>
    /// Creates the grant and restricts it in one step — for bucket-only prefixes, byte-identical (apart from
    /// the random nonce) to the console restricting the API key first and then generating the grant.
    /// </summary>
    public static AccessGrant Create(ApiKey apiKey, string satelliteAddress, ReadOnlySpan<byte> passphrase, ReadOnlySpan<byte> salt, GrantRestrictions restrictions, bool encryptPath = true)
    {
        ArgumentNullException.ThrowIfNull(restrictions);
        return Create(apiKey, satelliteAddress, passphrase, salt, encryptPath).Restrict(restrictions);
    }
}
