using StorjTui.Sandbox;
using StorjTui.Sandbox.Accounts;

namespace StorjTui.Tests.Cli;

/// <summary>`login` on a terminal against the sandbox's MFA demo account, its captcha and its lockout, as against a satellite.</summary>
public sealed class MfaLoginTests : IDisposable
{
    private const string CodePrompt = "Two-factor code (or a recovery code): ";
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    private async Task<SandboxServer> StartAsync(bool captcha = false) =>
        await SandboxServer.StartAsync(new SandboxOptions { DataFolder = Path.Combine(_home.Root, "served"), PendingFolder = _home.Paths.PendingFolder, LogInCaptcha = captcha });

    private static string Code() => Totp.Code(SandboxServer.MfaDemoSecret, DateTimeOffset.UtcNow);

    private CliResult LogIn(SandboxServer server, FakeTerminal terminal) =>
        _home.Run(new CliSetup { Terminal = terminal }, "login", "--satellite", server.BaseUrl.ToString());

    [Fact]
    public async Task The_mfa_account_logs_in_with_the_code_from_the_authenticator()
    {
        await using var server = await StartAsync();
        var terminal = new FakeTerminal(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, Code());

        var login = LogIn(server, terminal);

        Assert.True(login.ExitCode == 0, login.Stderr);
        Assert.Equal(["Email: ", "Password: ", CodePrompt], terminal.Prompts);
        Assert.True(File.Exists(_home.Paths.SessionFile));
        Assert.Equal(0, _home.Run("access", "list").ExitCode);
    }

    [Fact]
    public async Task A_recovery_code_works_in_the_same_prompt()
    {
        await using var server = await StartAsync();

        var login = LogIn(server, new FakeTerminal(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, SandboxServer.MfaDemoRecoveryCodes[1]));

        Assert.True(login.ExitCode == 0, login.Stderr);
    }

    [Fact]
    public async Task A_locked_account_is_explained_and_nothing_is_saved()
    {
        await using var server = await StartAsync();
        for (var i = 0; i < SandboxServer.LogInAttemptsBeforeLockout; i++)
        {
            LogIn(server, new FakeTerminal(SandboxServer.DemoEmail, "wrong")).AssertOneLineFailure();
        }

        var locked = LogIn(server, new FakeTerminal(SandboxServer.DemoEmail, SandboxServer.DemoPassword));

        locked.AssertOneLineFailure();
        Assert.Contains("locked", locked.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 minutes after 3 failed log-ins", locked.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_home.Paths.SessionFile));
    }

    [Fact]
    public async Task A_captcha_is_passed_with_the_mfa_code()
    {
        await using var server = await StartAsync(captcha: true);
        var terminal = new FakeTerminal(SandboxServer.MfaDemoEmail, SandboxServer.DemoPassword, Code());

        var login = LogIn(server, terminal);

        Assert.True(login.ExitCode == 0, login.Stderr);
        Assert.StartsWith("The satellite asks for a captcha. Two-factor code", terminal.Prompts[2], StringComparison.Ordinal);
        Assert.True(File.Exists(_home.Paths.SessionFile));
    }

    [Theory]
    [InlineData("", "enter your code with the password")]
    [InlineData("123456", "The satellite still asks for a captcha")]
    public async Task A_captcha_without_mfa_points_to_the_rest_key(string code, string expected)
    {
        await using var server = await StartAsync(captcha: true);

        var login = LogIn(server, new FakeTerminal(SandboxServer.DemoEmail, SandboxServer.DemoPassword, code));

        login.AssertOneLineFailure();
        Assert.Contains(expected, login.Stderr, StringComparison.Ordinal);
        Assert.Contains("storj-tui login --rest-key-stdin", login.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_home.Paths.SessionFile));
    }
}
