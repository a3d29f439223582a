using StorjTui.Sandbox.Accounts;

namespace StorjTui.Sandbox.Tests;

/// <summary>RFC 6238 appendix B's SHA-1 test vectors (secret "12345678901234567890", 8 digits), and the 6-digit, ±1-step check the satellite makes.</summary>
public sealed class TotpTests
{
    private static readonly byte[] RfcSecret = "12345678901234567890"u8.ToArray();

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void The_rfc_6238_sha1_vectors(long unixSeconds, string expected)
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

        Assert.Equal(expected, Totp.Code(RfcSecret, time, digits: 8));
        // Six digits are the same number modulo 10^6: the vector's last six.
        Assert.Equal(expected[2..], Totp.Code(RfcSecret, time));
    }

    [Fact]
    public void A_code_is_accepted_one_step_either_side_and_not_two()
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(1111111111);
        var code = Totp.Code(RfcSecret, time);

        Assert.True(Totp.Verify(code, RfcSecret, time));
        Assert.True(Totp.Verify(code, RfcSecret, time.AddSeconds(30)));
        Assert.True(Totp.Verify(code, RfcSecret, time.AddSeconds(-30)));
        Assert.False(Totp.Verify(code, RfcSecret, time.AddSeconds(90)));
        Assert.False(Totp.Verify(code, RfcSecret, time.AddSeconds(-90)));
        Assert.False(Totp.Verify(code[..5], RfcSecret, time));
        Assert.False(Totp.Verify("12345a", RfcSecret, time));
    }

    [Fact]
    public void The_base32_secret_decodes_as_authenticator_apps_read_it()
    {
        // "12345678901234567890" in base32 is the RFC's secret as apps are given it.
        Assert.Equal(RfcSecret, Totp.Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        Assert.Equal(RfcSecret, Totp.Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
        Assert.Throws<FormatException>(() => Totp.Decode("not base32!"));
    }
}
