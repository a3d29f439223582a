using System.Text.Json;
using StorjTui.Sandbox;

namespace StorjTui.Tests.Cli;

/// <summary>
/// The whole command-line journey against a satellite (the sandbox served on loopback) at Trace log level: a wrong
/// password, a REST-key log-in, a creation, logout. None of the password, REST key, session token, passphrase or
/// secret key may be in the log, the state files, stdout or stderr afterwards.
/// </summary>
public sealed class SessionSecretsTests : IAsyncLifetime, IDisposable
{
    private const string WrongPassword = "Wr0ng-Pa55word-7f3c9a";
    private const string Passphrase = "harbor quilt mosaic 77 ember falcon";
    private readonly SandboxHome _home = new(logLevel: "Trace");
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

    [Fact]
    public void Password_rest_key_session_token_passphrase_and_secret_key_stay_out_of_logs_output_and_state()
    {
        string console = _server.BaseUrl.ToString();
        var results = new List<CliResult>
        {
            _home.Run(new CliSetup { Terminal = new FakeTerminal(SandboxServer.DemoEmail, WrongPassword) }, "login", "--satellite", console),
        };
        Assert.Equal(1, results[^1].ExitCode);
        results.Add(_home.RunWithStdin(_server.DemoRestKey + "\n", "login", "--satellite", console, "--rest-key-stdin"));
        Assert.True(results[^1].ExitCode == 0, results[^1].Stderr);
        string token;
        using (var saved = JsonDocument.Parse(File.ReadAllText(_home.Paths.SessionFile)))
        {
            token = saved.RootElement.GetProperty("token").GetString()!;
        }

        results.Add(_home.RunWithStdin(Passphrase + "\n", "create", "s3", "--name", "journey", "--passphrase-stdin", "--out", _home.Out, "--format", "json"));
        Assert.True(results[^1].ExitCode == 0, results[^1].Stderr);
        string secretKey;
        using (var bundle = JsonDocument.Parse(File.ReadAllText(results[^1].Stdout.Trim())))
        {
            secretKey = bundle.RootElement.GetProperty("secret_key").GetString()!;
        }

        results.Add(_home.Run("access", "list", "--json"));
        results.Add(_home.Run("logout"));
        Assert.True(results[^1].ExitCode == 0, results[^1].Stderr);

        string log = File.ReadAllText(_home.Paths.LogFile);
        Assert.Contains("Trace", log, StringComparison.Ordinal); // the log really ran at Trace
        string state = string.Join("\n", Directory.EnumerateFiles(_home.Paths.StateFolder, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        string output = string.Join("\n", results.Select(r => r.Stdout + "\n" + r.Stderr));
        foreach (var secret in new[] { WrongPassword, _server.DemoRestKey, token, Passphrase, "quilt mosaic", secretKey })
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, state, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }
}
