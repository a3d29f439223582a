using System.Security.Cryptography;
using System.Text;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

/// <summary>Every public vector of STORJ.md §7.</summary>
public sealed class VectorTests
{
    [Fact]
    public void A_grant_from_api_key_passphrase_and_salt_is_byte_exact()
    {
        var apiKey = ApiKey.Parse(Vectors.ApiKeyA);
        var grant = GrantBuilder.Create(apiKey, "a", Encoding.UTF8.GetBytes(Vectors.PassphraseA), Convert.FromBase64String(Vectors.SaltA));

        Assert.Equal(Vectors.DefaultKeyA, Convert.ToHexStringLower(grant.EncryptionAccess.DefaultKey!));
        Assert.Equal(CipherSuite.AesGcm, grant.EncryptionAccess.DefaultPathCipher);
        Assert.Equal(Vectors.GrantA, grant.Serialize());
    }

    [Fact]
    public void A_root_key_matches_with_8_threads_and_differs_with_other_thread_counts()
    {
        var key = RootKey.Derive(Encoding.UTF8.GetBytes(Vectors.PassphraseA), Convert.FromBase64String(Vectors.SaltA));
        Assert.Equal(Vectors.DefaultKeyA, Convert.ToHexStringLower(key));

        var four = RootKey.Derive(Encoding.UTF8.GetBytes(Vectors.PassphraseA), Convert.FromBase64String(Vectors.SaltA), threads: 4);
        Assert.NotEqual(key, four);
    }

    [Fact]
    public void A_grant_parses_back_into_its_parts()
    {
        var grant = AccessGrant.Parse(Vectors.GrantA);

        Assert.Equal("a", grant.SatelliteAddress);
        Assert.Equal(Vectors.ApiKeyA, grant.ApiKey.Serialize());
        Assert.Equal(Vectors.DefaultKeyA, Convert.ToHexStringLower(grant.EncryptionAccess.DefaultKey!));
        Assert.Empty(grant.EncryptionAccess.StoreEntries);
        Assert.Equal(Vectors.GrantA, grant.Serialize());
    }

    [Fact]
    public void B_grant_parses_and_round_trips_byte_identically()
    {
        var grant = AccessGrant.Parse(Vectors.GrantB);

        Assert.Equal(Vectors.SatelliteB, grant.SatelliteAddress);
        Assert.Empty(grant.ApiKey.Caveats);
        Assert.Equal(CipherSuite.AesGcm, grant.EncryptionAccess.DefaultPathCipher);
        Assert.Equal(32, grant.EncryptionAccess.DefaultKey!.Length);
        Assert.Equal(Vectors.GrantB, grant.Serialize());
        var decoded = Base58Check.Decode(Vectors.GrantB, out _);
        Assert.Equal(decoded, grant.ToBytes());
    }

    [Fact]
    public void Uplink_inspect_test_grant_parses_to_the_printed_fields()
    {
        var grant = AccessGrant.Parse(Vectors.InspectGrant);

        Assert.Equal(Vectors.InspectSatellite, grant.SatelliteAddress);
        Assert.Equal(Convert.FromBase64String(Vectors.InspectDefaultKey), grant.EncryptionAccess.DefaultKey);
        Assert.Equal(Vectors.InspectApiKey, grant.ApiKey.Serialize());
        Assert.Equal(Vectors.Base64Url(Vectors.InspectHead), grant.ApiKey.Head);
        Assert.Equal(Vectors.Base64Url(Vectors.InspectTail), grant.ApiKey.Macaroon.Tail);
        Assert.Empty(grant.ApiKey.Caveats);
        Assert.Equal(Vectors.InspectGrant, grant.Serialize());
    }

    [Theory]
    [InlineData(Vectors.ApiKeyA)]
    [InlineData(Vectors.ApiKeyC1)]
    [InlineData(Vectors.ApiKeyC2)]
    [InlineData(Vectors.InspectApiKey)]
    [InlineData(Vectors.NonceCaveatApiKey)]
    public void C_api_keys_round_trip_byte_identically(string text)
    {
        var key = ApiKey.Parse(text);

        Assert.Equal(text, key.Serialize());
        Assert.Equal(Base58Check.Decode(text, out _), key.ToBytes());
        Assert.Equal(text, ApiKey.FromMacaroon(Macaroon.Parse(key.ToBytes())).Serialize());
    }

    [Fact]
    public void D_path_encryption_is_exact_and_decrypts_back()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        var encrypted = PathEncryption.EncryptPath("bucket", Vectors.PathD, key);

        Assert.Equal(Vectors.EncryptedPathD, Convert.ToHexStringLower(encrypted));
        Assert.Equal(Vectors.PathD, PathEncryption.DecryptPath("bucket", encrypted, key));

        var access = new EncryptionAccess(key, CipherSuite.AesGcm);
        Assert.Equal(encrypted, access.EncryptPath("bucket", Vectors.PathD));
        Assert.Equal(Vectors.PathD, access.DecryptPath("bucket", encrypted));
    }

    [Fact]
    public void E_macaroon_seeds_made_with_an_empty_secret_verify()
    {
        var plain = Macaroon.Parse(Vectors.MacaroonNoCaveats);
        Assert.Empty(plain.Caveats);
        Assert.True(plain.Verify([]));
        Assert.Equal(Vectors.MacaroonNoCaveats, plain.Serialize());

        var withCaveat = Macaroon.Parse(Vectors.MacaroonCav1EmptySecret);
        Assert.Equal("cav1"u8.ToArray(), Assert.Single(withCaveat.Caveats));
        Assert.Equal([0x10, 0xaf, 0x1a, 0xc3], withCaveat.Head[..4]);
        Assert.True(withCaveat.Verify([]));
        Assert.Equal(Vectors.MacaroonCav1EmptySecret, withCaveat.Serialize());
    }

    [Fact]
    public void E_macaroon_seed_made_with_an_unknown_secret_does_not_verify_with_an_empty_one()
    {
        var other = Macaroon.Parse(Vectors.MacaroonCav1UnknownSecret);

        Assert.Equal([0xf7, 0x22, 0x5b, 0xb8], other.Head[..4]);
        Assert.False(other.Verify([]));
        Assert.False(other.Verify(RandomNumberGenerator.GetBytes(32)));
        Assert.Equal(Vectors.MacaroonCav1UnknownSecret, other.Serialize());
    }
}
