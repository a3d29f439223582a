using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

public sealed class Base58CheckTests
{
    [Theory]
    [InlineData(0, "")]
    [InlineData(0, "00")]
    [InlineData(0, "0000ff")]
    [InlineData(3, "deadbeef")]
    [InlineData(255, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021")]
    public void Round_trips(byte version, string hex)
    {
        var payload = Convert.FromHexString(hex);

        var text = Base58Check.Encode(version, payload);

        Assert.Equal(payload, Base58Check.Decode(text, out var decodedVersion));
        Assert.Equal(version, decodedVersion);
    }

    [Fact]
    public void Version_zero_text_starts_with_1()
    {
        Assert.StartsWith("1", Base58Check.Encode(0, [1, 2, 3]), StringComparison.Ordinal);
    }

    [Fact]
    public void Known_encoding_of_bitcoin_address_payload()
    {
        // The classic Bitcoin example: version 0 and this hash160 give "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM".
        var payload = Convert.FromHexString("010966776006953D5567439E5E39F86A0D273BEE");

        Assert.Equal("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM", Base58Check.Encode(0, payload));
    }

    [Theory]
    [InlineData("13Yqe0", "not base58")]
    [InlineData("13YqeI", "not base58")]
    [InlineData("13Yq é", "not base58")]
    [InlineData("", "too short")]
    [InlineData("1111", "too short")]
    public void Rejects_bad_text_without_echoing_it(string text, string expected)
    {
        var error = Assert.Throws<InvalidBase58Exception>(() => Base58Check.Decode(text, out _));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        if (text.Length > 2)
        {
            Assert.DoesNotContain(text, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Refuses_text_longer_than_any_grant_before_decoding_it()
    {
        // Decoding is quadratic: a megabyte took 26 s. Over the limit nothing is decoded.
        var error = Assert.Throws<InvalidBase58Exception>(() => Base58Check.Decode(new string('z', 100_000), out _));
        Assert.Equal($"too long: 100000 characters, more than the 16384 a Storj grant or key can have — is this the right text?", error.Message);
        Assert.Throws<InvalidBase58Exception>(() => Base58Check.Decode(new string('z', (16 * 1024) + 1), out _));
    }

    [Fact]
    public void Rejects_a_changed_character_as_checksum_mismatch()
    {
        var text = Vectors.ApiKeyC1;
        var changed = text[..20] + (text[20] == 'a' ? 'b' : 'a') + text[21..];

        var error = Assert.Throws<InvalidBase58Exception>(() => Base58Check.Decode(changed, out _));

        Assert.Contains("checksum mismatch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_truncated_text()
    {
        Assert.Throws<InvalidBase58Exception>(() => Base58Check.Decode(Vectors.GrantB[..^3], out _));
    }
}
