using StorjTui.Sandbox;
using StorjTui.Sandbox.Accounts;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Console;
using StorjTui.Storj.Tests.Connections;

namespace StorjTui.Storj.Tests.Console;

/// <summary>The client logs in to the sandbox's MFA demo account, and says what to do on a wrong code, a lockout and a captcha.</summary>
public sealed class MfaLogInTests
{
    private static string Code() => Totp.Code(SandboxServer.MfaDemoSecret, DateTimeOffset.UtcNow);

    private static Task<SatelliteConnection> LogInAsync(SandboxFixture sandbox, string email, string password, string? code = null)
    {
        var (passcode, recovery) = MfaCode.Split(code);
        return SatelliteConnection.LogInAsync(sandbox.Options(), email, password, passcode, recovery, default);
    }

    [Fact]
    public async Task The_mfa_account_asks_for_a_code_then_takes_the_passcode_or_a_recovery_code()
    {
        await using var sandbox = await SandboxFixture.StartAsync();

        var asked = await Assert.ThrowsAsync<MfaRequiredException>(() => LogInAsync(sandbox, SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword));
        await using var byPasscode = await LogInAsync(sandbox, SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, Code());
        // Typed as people copy them: lower case, spaces around.
        await using var byRecovery = await LogInAsync(sandbox, SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, " " + SandboxServer.MfaDemoRecoveryCodes[0].ToLowerInvariant() + " ");

        Assert.Contains("6-digit code", asked.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await byPasscode.ListProjectsAsync(default)).Count);
        Assert.Equal(2, (await byRecovery.ListProjectsAsync(default)).Count);
    }

    [Fact]
    public async Task A_wrong_code_says_so_and_that_it_counts_towards_the_lock()
    {
        await using var sandbox = await SandboxFixture.StartAsync();
        var wrong = Code() == "000000" ? "111111" : "000000";

        var e = await Assert.ThrowsAsync<InvalidMfaCodeException>(() => LogInAsync(sandbox, SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, wrong));

        Assert.Contains("The MFA passcode is not valid or has expired", e.Message, StringComparison.Ordinal);
        Assert.Contains("fresh code", e.Message, StringComparison.Ordinal);
        Assert.Contains("lock", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_account_is_explained_in_words_a_person_can_act_on()
    {
        await using var sandbox = await SandboxFixture.StartAsync();
        for (var i = 0; i < SandboxAccount.LoginAttemptsWithoutPenalty; i++)
        {
            await Assert.ThrowsAsync<WrongCredentialsException>(() => LogInAsync(sandbox, SandboxServer.DemoEmail, "wrong"));
        }

        // The satellite answers a locked account exactly like a wrong password, so the message has to cover both.
        var e = await Assert.ThrowsAsync<WrongCredentialsException>(() => LogInAsync(sandbox, SandboxServer.DemoEmail, SandboxServer.DemoPassword));

        Assert.Contains("locked", e.Message, StringComparison.Ordinal);
        Assert.Contains("after 3 failed log-ins", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 minutes", e.Message, StringComparison.Ordinal);
        Assert.Contains("e-mail", e.Message, StringComparison.Ordinal);
        Assert.Contains("reset the password", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_captcha_offers_the_mfa_code_and_the_rest_key_and_the_code_gets_past_it()
    {
        await using var sandbox = await SandboxFixture.StartAsync(o => o with { LogInCaptcha = true });

        var e = await Assert.ThrowsAsync<CaptchaRequiredException>(() => LogInAsync(sandbox, SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword));
        await using var withCode = await LogInAsync(sandbox, SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, Code());

        Assert.Contains("two-factor", e.Message, StringComparison.Ordinal);
        Assert.Contains("skips the captcha", e.Message, StringComparison.Ordinal);
        Assert.Contains("REST key", e.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await withCode.ListProjectsAsync(default));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("  ", null, null)]
    [InlineData("123456", "123456", null)]
    [InlineData(" 123 456 ", "123456", null)]
    [InlineData("abcd-efgh-ijkl", null, "ABCD-EFGH-IJKL")]
    [InlineData("12345", null, "12345")]
    public void A_code_is_a_passcode_when_it_is_six_digits_else_a_recovery_code(string? typed, string? passcode, string? recovery)
    {
        Assert.Equal((passcode, recovery), MfaCode.Split(typed));
    }
}
