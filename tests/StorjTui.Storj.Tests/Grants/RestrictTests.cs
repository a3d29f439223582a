using System.Security.Cryptography;
using System.Text;
using StorjTui.Core.Access;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

public sealed class RestrictTests
{
    private static readonly AccessGrant Parent = AccessGrant.Parse(Vectors.GrantA);
    private static readonly byte[] RootKeyA = Convert.FromHexString(Vectors.DefaultKeyA);

    [Fact]
    public void Restrict_then_parse_shows_exactly_the_requested_caveat()
    {
        var notBefore = new DateTimeOffset(2026, 1, 1, 12, 0, 0, 123, TimeSpan.Zero);
        var notAfter = new DateTimeOffset(2026, 2, 1, 23, 59, 59, TimeSpan.FromHours(2));
        var restrictions = new GrantRestrictions
        {
            Permissions = Permissions.Read | Permissions.List,
            Prefixes = [new SharePrefix("photos", "2024/trip/")],
            NotBefore = notBefore,
            NotAfter = notAfter,
            MaxObjectTtl = TimeSpan.FromHours(36),
            Nonce = [1, 2, 3, 4],
        };

        var restricted = AccessGrant.Parse(Parent.Restrict(restrictions).Serialize());

        var caveat = Assert.Single(restricted.ApiKey.Caveats);
        Assert.False(caveat.DisallowReads);
        Assert.True(caveat.DisallowWrites);
        Assert.False(caveat.DisallowLists);
        Assert.True(caveat.DisallowDeletes);
        Assert.False(caveat.DisallowLocks);
        Assert.True(caveat.DisallowPutRetention && caveat.DisallowGetRetention && caveat.DisallowPutLegalHold && caveat.DisallowGetLegalHold);
        Assert.True(caveat.DisallowBypassGovernanceRetention);
        Assert.True(caveat.DisallowPutBucketObjectLockConfiguration && caveat.DisallowGetBucketObjectLockConfiguration);
        Assert.True(caveat.DisallowPutBucketNotificationConfiguration && caveat.DisallowGetBucketNotificationConfiguration);
        Assert.Equal(notBefore, caveat.NotBefore);
        Assert.Equal(notAfter, caveat.NotAfter);
        Assert.Equal(36L * 3600 * 1_000_000_000, caveat.MaxObjectTtlNanoseconds);
        Assert.Equal([1, 2, 3, 4], caveat.Nonce);
        var path = Assert.Single(caveat.AllowedPaths);
        Assert.Equal("photos"u8.ToArray(), path.Bucket);
        Assert.Equal(2, path.EncryptedPathPrefix.Count(b => b == (byte)'/') + 1);
    }

    [Fact]
    public void Restricted_chain_verifies_against_the_parents_tail()
    {
        var restricted = Parent.Restrict(new GrantRestrictions { Permissions = Permissions.Read, Nonce = [5, 6, 7, 8] });

        var caveatBytes = Assert.Single(restricted.ApiKey.Macaroon.Caveats);
        Assert.Equal(HMACSHA256.HashData(Parent.ApiKey.Macaroon.Tail, caveatBytes), restricted.ApiKey.Macaroon.Tail);
        Assert.True(restricted.ApiKey.Macaroon.Extends(Parent.ApiKey.Macaroon));
        Assert.Equal(Parent.ApiKey.Head, restricted.ApiKey.Head);
    }

    [Fact]
    public void Encrypted_prefix_decrypts_back_with_the_parents_key_and_store_holds_the_derived_key()
    {
        var restricted = Parent.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("photos", "2024/trip/")], Nonce = [0, 0, 0, 1] });

        var prefix = Assert.Single(Assert.Single(restricted.ApiKey.Caveats).AllowedPaths).EncryptedPathPrefix;
        Assert.Equal("2024/trip", Parent.EncryptionAccess.DecryptPath("photos", prefix));
        Assert.Equal("2024/trip", PathEncryption.DecryptPath("photos", prefix, RootKeyA));
        Assert.Equal(PathEncryption.EncryptPath("photos", "2024/trip", RootKeyA), prefix);

        Assert.False(restricted.EncryptionAccess.HasDefaultKey);
        var entry = Assert.Single(restricted.EncryptionAccess.StoreEntries);
        Assert.Equal("photos"u8.ToArray(), entry.Bucket);
        Assert.Equal("2024/trip"u8.ToArray(), entry.UnencryptedPath);
        Assert.Equal(prefix, entry.EncryptedPath);
        Assert.Equal(CipherSuite.AesGcm, entry.PathCipher);
        var bucketKey = PathEncryption.DeriveBucketKey(RootKeyA, "photos");
        var expectedKey = PathEncryption.DeriveKey(PathEncryption.DeriveKey(bucketKey, "path:2024"u8), "path:trip"u8);
        Assert.Equal(expectedKey, entry.Key);

        // The restricted grant still reads what it was given, and nothing else.
        var inside = Parent.EncryptionAccess.EncryptPath("photos", "2024/trip/beach.jpg");
        Assert.Equal(inside, restricted.EncryptionAccess.EncryptPath("photos", "2024/trip/beach.jpg"));
        Assert.Equal("2024/trip/beach.jpg", restricted.EncryptionAccess.DecryptPath("photos", inside));
        Assert.Throws<InvalidRestrictionException>(() => restricted.EncryptionAccess.EncryptPath("docs", "x"));
    }

    [Fact]
    public void Bucket_only_restriction_writes_an_empty_prefix_and_a_bucket_key_entry()
    {
        var restricted = Parent.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("photos"), new SharePrefix("docs", "/")], Nonce = [1, 1, 1, 1] });

        var paths = Assert.Single(restricted.ApiKey.Caveats).AllowedPaths;
        Assert.All(paths, p => Assert.Empty(p.EncryptedPathPrefix));
        Assert.Equal(2, restricted.EncryptionAccess.StoreEntries.Count);
        foreach (var entry in restricted.EncryptionAccess.StoreEntries)
        {
            Assert.Empty(entry.UnencryptedPath);
            Assert.Empty(entry.EncryptedPath);
            Assert.Equal(PathEncryption.DeriveBucketKey(RootKeyA, Encoding.UTF8.GetString(entry.Bucket)), entry.Key);
        }

        var reparsed = AccessGrant.Parse(restricted.Serialize());
        Assert.Equal(restricted.Serialize(), reparsed.Serialize());
    }

    [Fact]
    public void Creating_with_restrictions_equals_the_console_restricting_the_key_first()
    {
        var apiKey = ApiKey.Parse(Vectors.ApiKeyA);
        var passphrase = Encoding.UTF8.GetBytes(Vectors.PassphraseA);
        var salt = Convert.FromBase64String(Vectors.SaltA);
        var restrictions = new GrantRestrictions
        {
            Permissions = Permissions.Read | Permissions.Write,
            Prefixes = [new SharePrefix("my-bucket")],
            NotBefore = DateTimeOffset.FromUnixTimeMilliseconds(1_767_268_800_000),
            Nonce = [4, 3, 2, 1],
        };

        var ours = GrantBuilder.Create(apiKey, "a", passphrase, salt, restrictions);

        // The console: SetPermission on the API key (bucket-only paths, no encryption needed), then GenAccessGrant.
        var consoleCaveat = Parent.BuildCaveat(restrictions);
        var consoleGrant = GrantBuilder.Create(apiKey.Restrict(consoleCaveat), "a", passphrase, salt);
        Assert.Equal(consoleGrant.Serialize(), ours.Serialize());
        Assert.False(ours.EncryptionAccess.HasDefaultKey);
    }

    [Fact]
    public void Narrowing_a_restricted_grant_keeps_only_prefixes_every_caveat_allows()
    {
        var bucketOnly = Parent.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("photos")], Nonce = [1, 2, 3, 4] });

        var narrower = bucketOnly.Restrict(new GrantRestrictions { Permissions = Permissions.Read, Prefixes = [new SharePrefix("photos", "2024")], Nonce = [5, 6, 7, 8] });

        Assert.Equal(2, narrower.ApiKey.Caveats.Count);
        Assert.True(narrower.ApiKey.Macaroon.Extends(bucketOnly.ApiKey.Macaroon));
        var entry = Assert.Single(narrower.EncryptionAccess.StoreEntries);
        Assert.Equal("2024"u8.ToArray(), entry.UnencryptedPath);
        Assert.Equal(PathEncryption.EncryptPath("photos", "2024", RootKeyA), entry.EncryptedPath);

        // As in Storj, a bucket outside the parent's caveat is not an error, but the result can reach nothing.
        var elsewhere = bucketOnly.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("docs")], Nonce = [9, 9, 9, 9] });
        Assert.Empty(elsewhere.EncryptionAccess.StoreEntries);
        Assert.False(elsewhere.EncryptionAccess.HasDefaultKey);
        Assert.Throws<InvalidRestrictionException>(() => bucketOnly.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("docs", "sub")] }));
    }

    [Fact]
    public void Unencrypted_project_paths_stay_in_clear()
    {
        var grant = new AccessGrant("a", ApiKey.Parse(Vectors.ApiKeyA), new EncryptionAccess(RootKeyA, CipherSuite.Null));

        var restricted = grant.Restrict(new GrantRestrictions { Prefixes = [new SharePrefix("b", "dir/sub")], Nonce = [1, 1, 1, 1] });

        Assert.Equal("dir/sub"u8.ToArray(), Assert.Single(restricted.ApiKey.Caveats[0].AllowedPaths).EncryptedPathPrefix);
        Assert.Equal(CipherSuite.Null, Assert.Single(restricted.EncryptionAccess.StoreEntries).PathCipher);
    }

    [Fact]
    public void Disallow_locks_is_only_set_when_asked_for_as_uplink_does()
    {
        Assert.False(Parent.BuildCaveat(new GrantRestrictions()).DisallowLocks);
        Assert.True(Parent.BuildCaveat(new GrantRestrictions { DisallowLocks = true }).DisallowLocks);
    }

    [Fact]
    public void Random_nonce_is_four_bytes_and_differs_between_grants()
    {
        var nonces = Enumerable.Range(0, 8).Select(_ => Parent.BuildCaveat(new GrantRestrictions()).Nonce).ToList();

        Assert.All(nonces, n => Assert.Equal(4, n.Length));
        Assert.True(nonces.Select(Convert.ToHexString).Distinct().Count() > 1);
    }

    [Fact]
    public void Impossible_restrictions_are_typed_errors()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.Throws<InvalidRestrictionException>(() => Parent.Restrict(new GrantRestrictions { Permissions = Permissions.None }));
        Assert.Throws<InvalidRestrictionException>(() => Parent.Restrict(new GrantRestrictions { NotBefore = now, NotAfter = now.AddSeconds(-1) }));
        Assert.Throws<InvalidRestrictionException>(() => Parent.Restrict(new GrantRestrictions { MaxObjectTtl = TimeSpan.Zero }));
        Assert.Throws<InvalidRestrictionException>(() => Parent.Restrict(new GrantRestrictions { MaxObjectTtl = TimeSpan.MaxValue }));
    }

    [Fact]
    public void Share_prefix_reads_bucket_and_path_forms()
    {
        Assert.Equal(new SharePrefix("b", "p/q"), SharePrefix.FromPath("sj://b/p/q"));
        Assert.Equal(new SharePrefix("b"), SharePrefix.FromPath("b"));
        Assert.Equal(new SharePrefix("b"), SharePrefix.FromPath("b/"));
        Assert.Throws<InvalidRestrictionException>(() => SharePrefix.FromPath("/p"));
    }
}
