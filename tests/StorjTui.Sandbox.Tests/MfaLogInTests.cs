using System.Net;
using StorjTui.Sandbox.Accounts;
using StorjTui.Sandbox.Tests.Gateway;

namespace StorjTui.Sandbox.Tests;

/// <summary>
/// The MFA demo account, the captcha and the lockout answer as the satellite does (console/service.go Token,
/// logInVerifyMFA, UpdateUsersFailedLoginState; consoleapi/auth.go getStatusCode and getUserErrorMessage).
/// </summary>
public sealed class MfaLogInTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();
    private readonly ShiftedClock clock = new();
    private SandboxServer server = null!;
    private SandboxClient client = null!;

    public async Task InitializeAsync() => await StartAsync(captcha: false);

    private async Task StartAsync(bool captcha)
    {
        server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = temp.Sub("data"), Time = clock, LogInCaptcha = captcha });
        client = new SandboxClient(server.BaseUrl);
        await client.ConfigAsync();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    public void Dispose() => temp.Dispose();

    private string Code() => Totp.Code(SandboxServer.MfaDemoSecret, clock.GetUtcNow());

    private async Task<(HttpStatusCode Status, string Text)> LogInAsync(string email, string password, string passcode = "", string recovery = "")
    {
        using var response = await client.PostJsonAsync("api/v0/auth/token",
            $$"""{"email":"{{email}}","password":"{{password}}","mfaPasscode":"{{passcode}}","mfaRecoveryCode":"{{recovery}}"}""");
        var body = await SandboxClient.JsonAsync(response);
        return (response.StatusCode, body.TryGetProperty("error", out var error) ? error.GetString()! : body.GetProperty("token").GetString()!.Length > 0 ? "token" : "");
    }

    [Fact]
    public async Task The_first_answer_asks_for_the_code_and_the_passcode_then_logs_in()
    {
        Assert.Equal((HttpStatusCode.OK, "A MFA passcode or recovery code is required"), await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword));
        Assert.Equal((HttpStatusCode.OK, "token"), await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, Code()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v0/projects")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_works_once()
    {
        var code = SandboxServer.MfaDemoRecoveryCodes[0];

        Assert.Equal((HttpStatusCode.OK, "token"), await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, recovery: code));
        Assert.Equal((HttpStatusCode.BadRequest, "The MFA recovery code is not valid or has been previously used"),
            await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, recovery: code));
    }

    [Fact]
    public async Task Wrong_codes_and_both_codes_get_the_satellites_answers()
    {
        var wrong = Code() == "000000" ? "111111" : "000000";

        Assert.Equal((HttpStatusCode.BadRequest, "The MFA passcode is not valid or has expired"), await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, wrong));
        Assert.Equal((HttpStatusCode.BadRequest, "The MFA passcode is not valid or has expired"), await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, "12345"));
        Assert.Equal((HttpStatusCode.Conflict, "Expected either passcode or recovery code, but got both"),
            await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, Code(), SandboxServer.MfaDemoRecoveryCodes[1]));
        // A wrong password is refused before the code is looked at.
        Assert.Equal((HttpStatusCode.Unauthorized, LogInCheck.CredentialsIncorrect), await LogInAsync(SandboxServer.MfaDemoEmail, "nope", Code()));
    }

    [Fact]
    public async Task Three_failures_lock_the_account_for_two_minutes_then_four_with_the_same_answer_as_a_wrong_password()
    {
        for (var i = 0; i < SandboxAccount.LoginAttemptsWithoutPenalty; i++)
        {
            Assert.Equal((HttpStatusCode.Unauthorized, LogInCheck.CredentialsIncorrect), await LogInAsync(SandboxServer.DemoEmail, "wrong"));
        }

        // Locked: the right password gets the same words as a wrong one (only the satellite's e-mail says "locked").
        Assert.Equal((HttpStatusCode.Unauthorized, LogInCheck.CredentialsIncorrect), await LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword));
        clock.Offset = TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword)).Status);
        clock.Offset = TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1);

        // One more failure after the lock ends locks it again, now for 4 minutes.
        Assert.Equal(HttpStatusCode.Unauthorized, (await LogInAsync(SandboxServer.DemoEmail, "wrong")).Status);
        clock.Offset += TimeSpan.FromMinutes(4) - TimeSpan.FromSeconds(2);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword)).Status);
        clock.Offset += TimeSpan.FromSeconds(3);
        Assert.Equal((HttpStatusCode.OK, "token"), await LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword));

        // A success clears the count: two more failures do not lock.
        await LogInAsync(SandboxServer.DemoEmail, "wrong");
        await LogInAsync(SandboxServer.DemoEmail, "wrong");
        Assert.Equal((HttpStatusCode.OK, "token"), await LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword));
    }

    [Fact]
    public async Task Wrong_mfa_codes_count_towards_the_lockout()
    {
        var wrong = Code() == "000000" ? "111111" : "000000";
        for (var i = 0; i < SandboxAccount.LoginAttemptsWithoutPenalty; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, wrong)).Status);
        }

        Assert.Equal((HttpStatusCode.Unauthorized, LogInCheck.CredentialsIncorrect), await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, Code()));
        Assert.Equal((HttpStatusCode.OK, "token"), await LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword));
    }

    [Fact]
    public async Task The_captcha_is_skipped_for_an_mfa_account_that_sends_its_code_only()
    {
        await DisposeAsync();
        await StartAsync(captcha: true);

        Assert.Equal((HttpStatusCode.BadRequest, "Validation of captcha was unsuccessful"), await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword));
        Assert.Equal((HttpStatusCode.BadRequest, "Validation of captcha was unsuccessful"), await LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword));
        // A code sent for an account without MFA does not get past the captcha either (checked after the password).
        Assert.Equal((HttpStatusCode.BadRequest, "Validation of captcha was unsuccessful"), await LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword, "123456"));
        Assert.Equal((HttpStatusCode.OK, "token"), await LogInAsync(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, Code()));
    }

    [Fact]
    public void The_banner_prints_the_mfa_account_and_its_secret()
    {
        var banner = server.Banner();

        Assert.Contains($"MFA demo account: {SandboxServer.MfaDemoEmail} / password {SandboxServer.DemoPassword}, TOTP secret {SandboxServer.MfaDemoSecret}", banner, StringComparison.Ordinal);
        Assert.Contains("Log-ins lock for 2 minutes after 3 wrong passwords or codes", banner, StringComparison.Ordinal);
    }
}
