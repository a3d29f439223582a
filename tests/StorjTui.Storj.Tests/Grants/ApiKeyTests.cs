using System.Security.Cryptography;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

public sealed class ApiKeyTests
{
    [Fact]
    public void Restrict_appends_the_caveat_and_chains_the_tail_from_the_parents_tail()
    {
        var parent = ApiKey.Parse(Vectors.ApiKeyA);
        var caveat = new Caveat { DisallowWrites = true, Nonce = [9, 9, 9, 9] };

        var child = parent.Restrict(caveat);

        Assert.Equal(parent.Head, child.Head);
        Assert.Equal(caveat.ToBytes(), Assert.Single(child.Macaroon.Caveats));
        Assert.Equal(HMACSHA256.HashData(parent.Macaroon.Tail, caveat.ToBytes()), child.Macaroon.Tail);
        Assert.True(child.Macaroon.Extends(parent.Macaroon));
        var reparsed = ApiKey.Parse(child.Serialize());
        Assert.True(Assert.Single(reparsed.Caveats).DisallowWrites);
        Assert.Equal(child.Serialize(), reparsed.Serialize());
    }

    [Fact]
    public void Surrounding_whitespace_is_ignored()
    {
        Assert.Equal(Vectors.ApiKeyC1, ApiKey.Parse("  " + Vectors.ApiKeyC1 + "\n").Serialize());
    }

    [Fact]
    public void Wrong_version_is_an_error_naming_the_version()
    {
        var text = Base58Check.Encode(3, Base58Check.Decode(Vectors.ApiKeyC1, out _));

        var error = Assert.Throws<InvalidApiKeyException>(() => ApiKey.Parse(text));

        Assert.Contains("unsupported version 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a key!", "not base58")]
    [InlineData("13YqeGFpvtzbUp1QAfpvy2E5ZqLUFFNhEkv7153UDGDVnSmTuYYa7tKUnENGgvFXCCSFP7zNhKw6fsuQmWG5JGdQJbXVaVYFhoM2LcB", "checksum mismatch")]
    public void Bad_text_is_a_typed_error_that_never_echoes_the_key(string text, string expected)
    {
        var error = Assert.Throws<InvalidApiKeyException>(() => ApiKey.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(text, error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidGrantDataException>(error);
    }

    [Fact]
    public void A_key_whose_caveat_is_malformed_is_rejected()
    {
        var mac = Macaroon.NewUnrestricted(new byte[32], new byte[32]).AddFirstPartyCaveat([0x0a, 0x05]);

        var error = Assert.Throws<InvalidApiKeyException>(() => ApiKey.Parse(Base58Check.Encode(0, mac.Serialize())));

        Assert.Contains("caveat 1 is malformed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_does_not_reveal_the_key()
    {
        var key = ApiKey.Parse(Vectors.ApiKeyC2);

        Assert.DoesNotContain(Vectors.ApiKeyC2, key.ToString(), StringComparison.Ordinal);
    }
}
