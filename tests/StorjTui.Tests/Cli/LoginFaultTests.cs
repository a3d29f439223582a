using StorjTui.Sandbox;
using StorjTui.Sandbox.Faults;

namespace StorjTui.Tests.Cli;

/// <summary>`login --satellite URL --rest-key-stdin` against a sandbox that misbehaves: a one-line message naming the step and what to do, and no session saved.</summary>
public sealed class LoginFaultTests : IAsyncLifetime, IDisposable
{
    private readonly SandboxHome _home = new();
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = Path.Combine(_home.Root, "served"), PendingFolder = _home.Paths.PendingFolder });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _home.Dispose();

    [Theory]
    [InlineData("GET /api/v0/config latency=4s", "did not answer within 2 s while reading the console's configuration. Check the network, or try again later.")]
    [InlineData("GET /api/v0/config status=500", "The satellite console failed (HTTP 500) while reading the console's configuration. Try again later.")]
    [InlineData("GET /api/v0/config malformed", "sent an answer that is not the JSON it should be (HTTP 200) while reading the console's configuration. Is the console URL right?")]
    [InlineData("POST /api/v0/auth/token-by-api-key latency=4s", "did not answer within 2 s while logging in with the REST key. Check the network, or try again later.")]
    [InlineData("POST /api/v0/auth/token-by-api-key reset", "broke off while logging in with the REST key, before an answer came. Check the network and try again.")]
    [InlineData("POST /api/v0/auth/token-by-api-key status=502", "The satellite console failed (HTTP 502) while logging in with the REST key. Try again later.")]
    [InlineData("POST /api/v0/auth/token-by-api-key status=429 retry-after=120", "The satellite console is busy (HTTP 429) while logging in with the REST key. The server asked to wait 120 s. Try again in a moment.")]
    [InlineData("POST /api/v0/auth/token-by-api-key malformed", "is not the JSON it should be (HTTP 200) while logging in with the REST key.")]
    public void A_failed_log_in_says_which_step_and_saves_no_session(string spec, string expected)
    {
        _server.Faults.Add(FaultSpec.Parse(spec));
        var setup = new CliSetup { Stdin = _server.DemoRestKey + "\n", Environment = new Dictionary<string, string?>(_home.Environment) };
        if (spec.Contains("latency", StringComparison.Ordinal))
        {
            setup.Environment["STORJ_TUI__Timeout"] = "2";
        }

        var result = Cli.Run(setup, "login", "--satellite", _server.BaseUrl.ToString(), "--rest-key-stdin");

        result.AssertOneLineFailure();
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.DemoRestKey, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_home.Paths.SessionFile));
    }

    [Fact]
    public void A_busy_log_in_is_not_retried_behind_the_users_back_and_works_when_tried_again()
    {
        _server.Faults.Add(FaultSpec.Parse("POST /api/v0/auth/token-by-api-key status=503 retry-after=1 times=1"));

        var first = _home.RunWithStdin(_server.DemoRestKey + "\n", "login", "--satellite", _server.BaseUrl.ToString(), "--rest-key-stdin");
        var second = _home.RunWithStdin(_server.DemoRestKey + "\n", "login", "--satellite", _server.BaseUrl.ToString(), "--rest-key-stdin");

        first.AssertOneLineFailure();
        Assert.Contains("is busy (HTTP 503) while logging in with the REST key. The server asked to wait 1 s.", first.Stderr, StringComparison.Ordinal);
        Assert.Equal([1], _server.Faults.Hits());
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.True(File.Exists(_home.Paths.SessionFile));
    }

    [Theory]
    [InlineData("GET /api/v0/projects status=500", "access list", "The satellite console failed (HTTP 500) while listing the projects. Try again later.")]
    [InlineData("GET /api/v0/api-keys/list-paged malformed", "access list", "is not the JSON it should be (HTTP 200) while listing the accesses.")]
    [InlineData("GET /api/v0/api-keys/list-paged status=429 retry-after=120", "access list", "is busy (HTTP 429) while listing the accesses. The server asked to wait 120 s.")]
    public void A_saved_session_command_says_which_step_failed(string spec, string command, string expected)
    {
        var login = _home.RunWithStdin(_server.DemoRestKey + "\n", "login", "--satellite", _server.BaseUrl.ToString(), "--rest-key-stdin");
        Assert.True(login.ExitCode == 0, login.Stderr);
        _server.Faults.Add(FaultSpec.Parse(spec));

        var result = _home.Run(command.Split(' '));

        result.AssertOneLineFailure();
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
    }
}
