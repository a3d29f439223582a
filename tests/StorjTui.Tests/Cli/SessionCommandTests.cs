using System.Text.Json;
using StorjTui.Sandbox;
using StorjTui.Storj.Console;

namespace StorjTui.Tests.Cli;

/// <summary>login / logout / access list / access delete against a running sandbox, as against a satellite.</summary>
public sealed class SessionCommandTests : IAsyncLifetime, IDisposable
{
    private readonly SandboxHome _home = new();
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(new SandboxOptions
        {
            DataFolder = Path.Combine(_home.Root, "served"),
            PendingFolder = _home.Paths.PendingFolder,
            S3GatewayUrl = new Uri(SandboxHome.Gateway),
        });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _home.Dispose();

    private string Console => _server.BaseUrl.ToString();

    [Fact]
    public void Login_with_a_rest_key_saves_a_private_session_that_other_commands_use_and_logout_deletes()
    {
        var login = _home.RunWithStdin(_server.DemoRestKey + "\n", "login", "--satellite", Console, "--rest-key-stdin");

        Assert.True(login.ExitCode == 0, login.Stderr);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_home.Paths.SessionFile));
        Assert.DoesNotContain(_server.DemoRestKey, login.Stdout + login.Stderr, StringComparison.Ordinal);
        var created = _home.RunWithStdin("a long enough passphrase", "create", "s3", "--name", "via-session", "--passphrase-stdin", "--out", _home.Out);
        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Contains("via-session", _home.Run("access", "list").Stdout, StringComparison.Ordinal);

        var logout = _home.Run("logout");
        Assert.Equal(0, logout.ExitCode);
        Assert.False(File.Exists(_home.Paths.SessionFile));
        Assert.Equal(2, _home.Run("access", "list").ExitCode);
    }

    [Fact]
    public async Task Logout_ends_the_session_on_the_satellite_so_a_copied_token_is_worthless()
    {
        Assert.Equal(0, _home.RunWithStdin(_server.DemoRestKey, "login", "--satellite", Console, "--rest-key-stdin").ExitCode);
        string token = SavedToken();
        using (var before = new ConsoleClient(_server.BaseUrl))
        {
            before.UseSessionToken(token);
            Assert.NotEmpty(await before.ListProjectsAsync(CancellationToken.None));
        }

        var logout = _home.Run("logout");

        Assert.True(logout.ExitCode == 0, logout.Stderr);
        Assert.Contains("ended on the satellite", logout.Stdout, StringComparison.Ordinal);
        Assert.Equal("", logout.Stderr);
        Assert.False(File.Exists(_home.Paths.SessionFile));
        using var after = new ConsoleClient(_server.BaseUrl);
        after.UseSessionToken(token);
        await Assert.ThrowsAsync<SessionExpiredException>(() => after.ListProjectsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Logout_when_the_satellite_is_gone_still_deletes_the_session_and_says_so()
    {
        Assert.Equal(0, _home.RunWithStdin(_server.DemoRestKey, "login", "--satellite", Console, "--rest-key-stdin").ExitCode);
        string token = SavedToken();
        await _server.DisposeAsync();

        var logout = _home.Run("logout");

        Assert.Equal(0, logout.ExitCode);
        Assert.False(File.Exists(_home.Paths.SessionFile));
        Assert.Contains("could not end the session", logout.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logout.Stdout + logout.Stderr, StringComparison.Ordinal);
        _server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = Path.Combine(_home.Root, "served-again") });
    }

    private string SavedToken()
    {
        using var saved = JsonDocument.Parse(File.ReadAllText(_home.Paths.SessionFile));
        return saved.RootElement.GetProperty("token").GetString()!;
    }

    [Fact]
    public void Login_on_a_terminal_asks_for_email_and_password()
    {
        var terminal = new FakeTerminal(SandboxServer.DemoEmail, SandboxServer.DemoPassword);
        var login = _home.Run(new CliSetup { Terminal = terminal }, "login", "--satellite", Console);
        Assert.True(login.ExitCode == 0, login.Stderr);
        Assert.Equal(["Email: ", "Password: "], terminal.Prompts);
        Assert.True(File.Exists(_home.Paths.SessionFile));
    }

    [Fact]
    public void A_wrong_password_fails_and_saves_nothing()
    {
        var login = _home.Run(new CliSetup { Terminal = new FakeTerminal(SandboxServer.DemoEmail, "wrong password") }, "login", "--satellite", Console);
        login.AssertOneLineFailure();
        Assert.False(File.Exists(_home.Paths.SessionFile));
    }

    [Fact]
    public void Login_without_a_terminal_or_rest_key_is_a_usage_error()
    {
        var login = _home.Run("login", "--satellite", Console);
        login.AssertOneLineFailure(exitCode: 2);
        Assert.Contains("--rest-key-stdin", login.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Access_list_json_and_delete_with_yes()
    {
        Assert.Equal(0, _home.RunWithStdin(_server.DemoRestKey, "login", "--satellite", Console, "--rest-key-stdin").ExitCode);
        Assert.Equal(0, _home.Run("create", "api-key", "--name", "doomed", "--out", _home.Out).ExitCode);
        Assert.Contains("\"name\": \"doomed\"", _home.Run("access", "list", "--json").Stdout, StringComparison.Ordinal);

        var refused = _home.Run("access", "delete", "doomed");
        refused.AssertOneLineFailure(exitCode: 2);
        Assert.Contains("revokes", refused.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, _home.Run("access", "delete", "doomed", "--yes").ExitCode);
        Assert.DoesNotContain("doomed", _home.Run("access", "list").Stdout, StringComparison.Ordinal);
        _home.Run("access", "delete", "doomed", "--yes").AssertOneLineFailure();
    }
}
