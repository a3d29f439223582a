using StorjTui.Logging;

namespace StorjTui.Tests.Configuration;

public class SecretRedactorTests
{
    [Theory]
    [InlineData("grant 158UWUf6FHtCk8RGQn2JAXETNRnVwyoF7yEQQnuvPrLbsCPpttuAVWwzQ2YgD2bpQLpdBnctHssvQsqeju7kn7gz3LEJZSdRqyRG6rA9Da3PLGsawWMtM3NdGVqq9akyEmotsN7eMJVC1mfTsupiYXeHioTTTg11kY end", "158UWUf6")]
    [InlineData("secret jw3xw7dpzw6wgzt5ht3ezthvh5vqcvbnuycn6atv3ytj7rbmm6yzc ok", "jw3xw7dp")]
    [InlineData("Authorization: Bearer abc.def-ghi", "abc.def")]
    [InlineData("Cookie: _tokenKey=eyJhbGciOi; path=/", "eyJhbGciOi")]
    public void Masks_secret_shapes(string line, string secretPart)
    {
        string redacted = SecretRedactor.Redact(line);
        Assert.DoesNotContain(secretPart, redacted, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mask, redacted, StringComparison.Ordinal);
    }

    /// <summary>
    /// Secret keys drawn from the whole base32 alphabet, <c>l</c> included: <c>l</c> is not base58, so only the
    /// 53-character secret-key pattern can mask these (the sample above is masked by the grant pattern too).
    /// </summary>
    [Theory]
    [InlineData("abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstu")]
    [InlineData("765432zyxwvutsrqponmlkjihgfedcba765432zyxwvutsrqponml")]
    [InlineData("lllllllllllllllllllllllllllllllllllllllllllllllllllll")]
    [InlineData("l2345677lkjlqwertyuiopasdfghjklzxcvbnmllmnbvcxzlkjhgf")]
    public void Masks_53_character_secret_keys_with_every_base32_letter(string secretKey)
    {
        Assert.Equal(53, secretKey.Length);
        Assert.Equal($"secret={SecretRedactor.Mask} ok", SecretRedactor.Redact($"secret={secretKey} ok"));
        Assert.Equal($"S3 secret key {SecretRedactor.Mask}.", SecretRedactor.Redact($"S3 secret key {secretKey}."));
    }

    [Fact]
    public void Leaves_ordinary_text_alone()
    {
        const string line = "Created access my-access in project Demo (key id jw3xw7dpzw6wgzt5ht3ezthvh5vq)";
        Assert.Equal(line, SecretRedactor.Redact(line));
    }
}
