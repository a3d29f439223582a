using System.Security.Cryptography;
using System.Text;
using StorjTui.Sandbox.Gateway;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests.Gateway;

/// <summary>
/// A test double of the grant policy for the gateway's own tests: allows what <see cref="Allowed"/> says (all by
/// default), and "encrypts" keys by tagging them with the grant's encryption key, so grants with another key cannot
/// read them — enough to test the gateway's use of <see cref="IGrantScope"/>, not the policy itself.
/// </summary>
internal sealed class TestGrantAuthority : IGrantAuthority
{
    public HashSet<GatewayPermission> Allowed { get; } = [.. Enum.GetValues<GatewayPermission>()];

    /// <summary>When set, object keys outside this prefix are refused (the keys stay readable, as with a caveat only).</summary>
    public string? OnlyUnder { get; set; }

    public IGrantScope Open(string accessGrant, DateTimeOffset now)
    {
        var key = AccessGrant.Parse(accessGrant).EncryptionAccess.DefaultKey ?? [];
        return new Scope(this, Convert.ToHexStringLower(SHA256.HashData(key))[..8]);
    }

    private sealed class Scope(TestGrantAuthority authority, string tag) : IGrantScope
    {
        public void Require(GatewayPermission permission, string? bucket, string? objectKey)
        {
            if (!authority.Allowed.Contains(permission))
            {
                throw new GatewayAccessDeniedException($"the access is not allowed to {permission.ToString().ToLowerInvariant()}");
            }
            if (objectKey is not null && authority.OnlyUnder is { } prefix && !objectKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new GatewayAccessDeniedException($"\"{objectKey}\" is outside the allowed prefix (\"{prefix}\")");
            }
        }

        public bool MaySee(string bucket) => true;

        public string EncryptKey(string bucket, string objectKey) => tag + ":" + Convert.ToBase64String(Encoding.UTF8.GetBytes(objectKey));

        public string? TryDecryptKey(string bucket, string storedKey) =>
            storedKey.StartsWith(tag + ":", StringComparison.Ordinal) ? Encoding.UTF8.GetString(Convert.FromBase64String(storedKey[(tag.Length + 1)..])) : null;
    }
}
