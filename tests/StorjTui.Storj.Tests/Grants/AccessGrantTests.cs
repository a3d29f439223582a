using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

public sealed class AccessGrantTests
{
    private static string Encode(string hex) => Base58Check.Encode(0, Convert.FromHexString(hex));

    [Fact]
    public void Default_path_cipher_zero_reads_as_aes_gcm()
    {
        var grant = AccessGrant.Parse(Vectors.GrantA);
        var scope = new ProtoScope(grant).WithoutCipher();

        var parsed = AccessGrant.Parse(Base58Check.Encode(0, scope));

        Assert.Equal(CipherSuite.AesGcm, parsed.EncryptionAccess.DefaultPathCipher);
        Assert.Equal(Vectors.GrantA, parsed.Serialize());
    }

    [Fact]
    public void Unknown_fields_are_skipped_and_not_written_back()
    {
        var bytes = Base58Check.Decode(Vectors.GrantB, out _);
        byte[] withUnknown = [.. bytes, 0x48, 0x07, 0x52, 0x01, 0x00]; // field 9 varint, field 10 bytes

        var parsed = AccessGrant.Parse(Base58Check.Encode(0, withUnknown));

        Assert.Equal(Vectors.GrantB, parsed.Serialize());
    }

    [Fact]
    public void Empty_encryption_access_is_still_written()
    {
        var grant = new AccessGrant("sat", ApiKey.Parse(Vectors.ApiKeyC1), new EncryptionAccess(null, CipherSuite.Unspecified));

        var bytes = grant.ToBytes();

        Assert.Equal([0x1a, 0x00], bytes[^2..]);
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { Encode(""), "missing the satellite address" },
        { Encode("0a0161"), "API key" },
        { Encode("0a016112020202"), "API key" },
        { Encode("0a0161120100"), "API key" },
        { Encode("0a01611a03"), "malformed" },
        { Encode("0a02c328"), "UTF-8" },
        { Encode("0a01611a020a01"), "malformed" },
        { Encode("0a01611a030a0101"), "default key" },
        { Encode("0a01611a04120222ff"), "malformed" },
        { Encode("0a01611a0212" + "00"), "store entry" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_grants_are_typed_errors(string text, string expected)
    {
        var error = Assert.Throws<InvalidAccessGrantException>(() => AccessGrant.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_version_and_bad_text_are_typed_errors_that_never_echo_the_grant()
    {
        var other = Base58Check.Encode(1, Base58Check.Decode(Vectors.GrantB, out _));
        Assert.Contains("unsupported version 1", Assert.Throws<InvalidAccessGrantException>(() => AccessGrant.Parse(other)).Message, StringComparison.Ordinal);

        var truncated = Vectors.GrantB[..^5];
        var error = Assert.Throws<InvalidAccessGrantException>(() => AccessGrant.Parse(truncated));
        Assert.DoesNotContain(truncated, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Vectors.GrantB, AccessGrant.Parse(Vectors.GrantB).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicting_store_entries_are_rejected()
    {
        var key = new byte[32];
        var entries = new[]
        {
            new EncryptionStoreEntry("b"u8.ToArray(), "x"u8.ToArray(), "E1"u8.ToArray(), key, CipherSuite.AesGcm),
            new EncryptionStoreEntry("b"u8.ToArray(), "x/y"u8.ToArray(), "E2/E3"u8.ToArray(), key, CipherSuite.AesGcm),
        };

        Assert.Throws<InvalidAccessGrantException>(() => new EncryptionAccess(null, CipherSuite.AesGcm, entries));
    }

    /// <summary>Rebuilds grant A's scope with default_path_cipher left out (what old grants carry).</summary>
    private sealed class ProtoScope(AccessGrant grant)
    {
        public byte[] WithoutCipher()
        {
            var withCipher = grant.ToBytes();
            // The encryption access is last: 1a 24 | 0a 20 <key> | 18 02 — drop the final field and fix the length.
            Assert.Equal([0x18, 0x02], withCipher[^2..]);
            var trimmed = withCipher[..^2];
            trimmed[^35] = 0x22;
            return trimmed;
        }
    }
}
