using System.Text;
using StorjTui.Cli;
using StorjTui.Configuration;

namespace StorjTui.Tests.Cli;

public sealed class SandboxCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "storj-tui-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Collects what the command prints and says when a line containing some text arrived.</summary>
    private sealed class WatchingWriter : TextWriter
    {
        private readonly StringBuilder text = new();
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Encoding Encoding => Encoding.UTF8;

        public Task Stopped => done.Task;

        public string Text
        {
            get
            {
                lock (text)
                {
                    return text.ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (text)
            {
                text.Append(value);
                if (text.ToString().Contains("Press Ctrl+C", StringComparison.Ordinal))
                {
                    done.TrySetResult();
                }
            }
        }
    }

    [Fact]
    public void The_satellite_switches_become_settings_only_when_given()
    {
        Assert.Empty(SandboxCommand.SatelliteSettings([null, null, null]));
        Assert.Equal(
            new Dictionary<string, string?> { ["Sandbox:ObjectLockUI"] = "false", ["Sandbox:LogInCaptcha"] = "true" },
            SandboxCommand.SatelliteSettings(["off", null, "on"]));
    }

    [Theory]
    [InlineData("--log-in-captcha")]
    [InlineData("--object-lock-ui")]
    [InlineData("--bucket-eventing-ui")]
    public void A_satellite_switch_takes_on_or_off_and_names_itself_otherwise(string name)
    {
        var result = Cli.Run("sandbox", "serve", name, "yes");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith($"storj-tui: {name} takes on or off, not 'yes'.", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>With --log-in-captcha on, the served sandbox asks the demo account (no MFA) for the captcha it cannot pass.</summary>
    [Fact]
    public async Task A_sandbox_served_with_the_log_in_captcha_asks_for_it()
    {
        using var home = new SandboxHome();
        var output = new WatchingWriter();
        using var stop = new CancellationTokenSource();
        var serving = SandboxCommand.ServeAsync(home.Paths, port: 0, reset: false, output, stop.Token, satellite: SandboxCommand.SatelliteSettings([null, null, "on"]));
        await output.Stopped.WaitAsync(TimeSpan.FromSeconds(30));
        var url = output.Text.Split('\n')[0].Split(": ", 2)[1].Trim();

        var login = home.Run(new CliSetup { Terminal = new FakeTerminal(StorjTui.Sandbox.SandboxServer.DemoEmail, StorjTui.Sandbox.SandboxServer.DemoPassword, "") }, "login", "--satellite", url);
        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Ok, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
        login.AssertOneLineFailure();
        Assert.Contains("captcha", login.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(home.Paths.SessionFile));
    }

    [Fact]
    public async Task Serve_prints_the_url_and_demo_log_in_serves_the_console_and_stops_on_cancel()
    {
        var paths = new AppPaths(Path.Combine(root, "config"), Path.Combine(root, "data"), Path.Combine(root, "state"));
        var output = new WatchingWriter();
        using var stop = new CancellationTokenSource();

        var serving = SandboxCommand.ServeAsync(paths, port: 0, reset: false, output, stop.Token);
        await output.Stopped.WaitAsync(TimeSpan.FromSeconds(30));
        var url = output.Text.Split('\n')[0].Split(": ", 2)[1].Trim();
        using var http = new HttpClient();
        var config = await http.GetStringAsync(new Uri(new Uri(url), "api/v0/config"));
        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Ok, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("demo@sandbox.local / password sandbox", output.Text, StringComparison.Ordinal);
        Assert.Contains("satelliteNodeURL", config, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(paths.SandboxFolder, "state.json")));
    }
}
