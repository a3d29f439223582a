using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StorjTui.Sandbox.Credentials;

namespace StorjTui.Sandbox.Tests;

public sealed class CredentialStoreTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(new byte[0], "")]
    [InlineData(new byte[] { 0x66 }, "my")]
    [InlineData(new byte[] { 0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72 }, "mzxw6ytboi")]
    public void Base32_matches_rfc_4648_lowercase_without_padding(byte[] data, string text)
    {
        Assert.Equal(text, Base32Lower.Encode(data));
        Assert.True(Base32Lower.TryDecode(text.ToUpperInvariant(), out var back));
        Assert.Equal(data, back);
    }

    [Fact]
    public void Keys_have_storjs_version_bytes_and_lengths()
    {
        var store = new CredentialStore(temp.Sub("c.json"));

        var issued = store.Create("sat", [1, 2, 3], null, "grant-text", false, DateTimeOffset.UtcNow);

        Assert.Equal(28, issued.AccessKeyId.Length);
        Assert.Equal(53, issued.SecretKey.Length);
        Assert.True(Base32Lower.TryDecode(issued.AccessKeyId, out var id));
        Assert.True(Base32Lower.TryDecode(issued.SecretKey, out var secret));
        Assert.Equal(0x4d, id[0]);
        Assert.Equal(17, id.Length);
        Assert.Equal(0x4e, secret[0]);
        Assert.Equal(33, secret.Length);
    }

    [Fact]
    public void The_file_holds_neither_id_nor_secret_nor_grant_in_clear_and_is_keyed_by_the_id_hash()
    {
        var file = temp.Sub("c.json");
        var store = new CredentialStore(file);
        const string grant = "1GrantTextThatMustNotAppearInClear";

        var issued = store.Create("sat@host:7777", [9, 9], DateTimeOffset.UtcNow.AddDays(1), grant, false, DateTimeOffset.UtcNow);

        var text = File.ReadAllText(file);
        Assert.DoesNotContain(issued.AccessKeyId, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(issued.SecretKey, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(grant, text, StringComparison.Ordinal);
        Base32Lower.TryDecode(issued.AccessKeyId, out var id);
        Base32Lower.TryDecode(issued.SecretKey, out var secret);
        var hash = Convert.ToHexStringLower(SHA256.HashData(id.AsSpan(1)));
        using var document = JsonDocument.Parse(text);
        var record = document.RootElement.GetProperty("records").GetProperty(hash);

        // AES-256-GCM, key = the 16 id bytes then 16 zero bytes, nonce all zero for the secret, 01 00… for the grant.
        var key = new byte[32];
        id.AsSpan(1).CopyTo(key);
        using var aes = new AesGcm(key, 16);
        var sealedSecret = Convert.FromBase64String(record.GetProperty("encryptedSecretKey").GetString()!);
        var plainSecret = new byte[sealedSecret.Length - 16];
        aes.Decrypt(new byte[12], sealedSecret.AsSpan(0, plainSecret.Length), sealedSecret.AsSpan(plainSecret.Length), plainSecret);
        Assert.Equal(secret[1..], plainSecret);
        var sealedGrant = Convert.FromBase64String(record.GetProperty("encryptedAccessGrant").GetString()!);
        var plainGrant = new byte[sealedGrant.Length - 16];
        var grantNonce = new byte[12];
        grantNonce[0] = 1;
        aes.Decrypt(grantNonce, sealedGrant.AsSpan(0, plainGrant.Length), sealedGrant.AsSpan(plainGrant.Length), plainGrant);
        Assert.Equal(grant, Encoding.UTF8.GetString(plainGrant));
    }

    [Fact]
    public void Records_survive_a_reload_and_can_be_removed()
    {
        var file = temp.Sub("c.json");
        var issued = new CredentialStore(file).Create("sat", [1], null, "g", false, DateTimeOffset.UtcNow);

        var reloaded = new CredentialStore(file);

        Assert.Equal(issued.SecretKey, reloaded.Find(issued.AccessKeyId)?.SecretKey);
        Assert.Null(reloaded.Find("a" + issued.AccessKeyId[1..]));
        Assert.Null(reloaded.Find("short"));
        Assert.True(reloaded.Remove(issued.AccessKeyId));
        Assert.Null(new CredentialStore(file).Find(issued.AccessKeyId));
    }

    [Fact]
    public void The_file_is_private()
    {
        var file = temp.Sub("sub/c.json");
        new CredentialStore(file).Create("sat", [1], null, "g", false, DateTimeOffset.UtcNow);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(temp.Sub("sub")));
    }
}
