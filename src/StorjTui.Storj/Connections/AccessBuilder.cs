using System.Security.Cryptography;
using StorjTui.Core.Access;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Connections;

/// <summary>The client-side steps of a creation (STORJ.md §4), in the request's terms, on top of the grants library.</summary>
internal static class AccessBuilder
{
    /// <summary>The caveat the console adds: the request's permissions and buckets, not before now, not after the end date, a random nonce.</summary>
    public static GrantRestrictions Restrictions(AccessRequest request, DateTimeOffset now) => new()
    {
        Permissions = request.Permissions,
        Prefixes = request.Buckets.Select(b => new SharePrefix(b)).ToList(),
        NotBefore = now,
        NotAfter = request.NotAfter,
    };

    /// <summary>Derives the root key (8 threads), builds the grant with the node URL, restricts it; returns it serialized.</summary>
    public static string BuildGrant(string apiKey, string nodeUrl, byte[] passphrase, byte[] salt, bool encryptPath, AccessRequest request, DateTimeOffset now)
    {
        var key = ApiKey.Parse(apiKey);
        return GrantBuilder.Create(key, nodeUrl, passphrase, salt, Restrictions(request, now), encryptPath).Serialize();
    }

    /// <summary>Restricts an existing grant offline (its own encryption keys; buckets narrow its store).</summary>
    public static AccessGrant RestrictGrant(AccessGrant grant, AccessRequest request, DateTimeOffset now) =>
        grant.Restrict(Restrictions(request, now));

    /// <summary>
    /// Restricts a bare API key. The caveat is built by the grants library; a bucket-only restriction has an empty
    /// encrypted prefix, so the throwaway key of the carrier grant never reaches the result.
    /// </summary>
    public static string RestrictApiKey(string apiKey, AccessRequest request, DateTimeOffset now)
    {
        var key = ApiKey.Parse(apiKey);
        var throwaway = RandomNumberGenerator.GetBytes(32);
        try
        {
            var carrier = new AccessGrant("carrier", key, new EncryptionAccess(throwaway));
            return key.Restrict(carrier.BuildCaveat(Restrictions(request, now))).Serialize();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(throwaway);
        }
    }
}
