using System.Text.Json;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Faults;

/// <summary>
/// Issue 12 §2 with real processes: a `create` stopped by SIGTERM or SIGHUP after its key exists says so in one
/// line, exits 128+signal and leaves the creation resumable; a second process cannot abandon a creation that is
/// still running. The moment is chosen with the sandbox's own fault switch (a slow auth service), not a seam.
/// </summary>
public sealed class InterruptedCreateTests : IDisposable
{
    private static readonly Dictionary<string, string?> Gateway = new() { ["STORJ_TUI__Sandbox__S3Gateway"] = "http://127.0.0.1:9/" };
    private readonly string _out = Path.Join(Path.GetTempPath(), "storj-tui-it-interrupted-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    public async Task A_stop_signal_after_the_key_exists_prints_one_line_exits_128_plus_signal_and_leaves_it_resumable(string signal, int exitCode)
    {
        // The signal comes once the key exists, which may be just before the registration is sent: then the resume
        // meets the slow answer instead, so it must stay under the client's 30 s timeout and the resume still finishes.
        using var server = SandboxServeProcess.Start(["--fault", "POST /v1/access latency=20s times=1"], Gateway);
        await server.LogInAsync();
        string[] create = ["create", "s3", "--name", "cut", "--generate-passphrase", "--out", _out];
        using var cli = CliProcess.Start(server, create);
        await WaitForKeyAsync(server, "cut", cli);

        cli.Signal(signal);
        var (code, output, error) = cli.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.True(code == exitCode, $"exit {code}; {cli.Describe()}");
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"storj-tui: stopped by SIG{signal}. Anything it left unfinished is listed by the next 'storj-tui create'.", line);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(_out) && Directory.EnumerateFileSystemEntries(_out).Any(), "nothing was delivered, so nothing may be written");
        Assert.Single(PendingRecords(server));
        Assert.Equal(1, await CountAsync(server, "cut"));

        var listed = await server.RunAsync(["create", "api-key", "--name", "next", "--out", _out + "-next"]);
        Directory.Delete(_out + "-next", recursive: true);
        Assert.Contains("create s3 --name 'cut' --resume", listed.StandardError, StringComparison.Ordinal);
        var resumed = await server.RunAsync([.. create, "--resume"]);

        Assert.True(resumed.Succeeded, resumed.Describe());
        Assert.Single(Directory.GetFiles(_out, "Storj-S3-Credentials-cut-*.txt"));
        Assert.Equal(1, await CountAsync(server, "cut"));
        Assert.Empty(PendingRecords(server));
    }

    [Fact]
    public async Task Abandon_from_another_process_leaves_a_creation_that_is_still_running_alone()
    {
        using var server = SandboxServeProcess.Start(["--fault", "POST /v1/access latency=15s times=1"], Gateway);
        await server.LogInAsync();
        using var running = CliProcess.Start(server, ["create", "s3", "--name", "busy", "--generate-passphrase", "--out", _out]);
        await WaitForKeyAsync(server, "busy", running);

        var abandon = await server.RunAsync(["create", "s3", "--name", "busy", "--abandon"]);

        Assert.True(abandon.ExitCode == 1, abandon.Describe());
        Assert.Contains($"still running in process {running.Id}", abandon.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(server, "busy"));
        var (code, _, _) = running.WaitForExit(TimeSpan.FromSeconds(60));
        Assert.True(code == 0, running.Describe());
        Assert.Single(Directory.GetFiles(_out, "Storj-S3-Credentials-busy-*.txt"));
        Assert.Equal(1, await CountAsync(server, "busy"));
        Assert.Empty(PendingRecords(server));
    }

    internal static string[] PendingRecords(SandboxServeProcess server)
    {
        var folder = Path.Join(server.Home, "state", "storj-tui", "pending");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json") : [];
    }

    internal static async Task<List<string>> AccessNamesAsync(SandboxServeProcess server)
    {
        var list = await server.RunAsync(["access", "list", "--json"]);
        Assert.True(list.Succeeded, list.Describe());
        using var json = JsonDocument.Parse(list.StandardOutput);
        return json.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
    }

    private static async Task<int> CountAsync(SandboxServeProcess server, string name) =>
        (await AccessNamesAsync(server)).Count(n => n == name);

    /// <summary>Polls the access list until <paramref name="name"/>'s key exists (the command is then waiting on the slow auth service).</summary>
    private static async Task WaitForKeyAsync(SandboxServeProcess server, string name, CliProcess cli)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await AccessNamesAsync(server)).Contains(name))
        {
            Assert.False(cli.HasExited, $"create ended before its key existed: {cli.Describe()}");
            Assert.True(DateTime.UtcNow < deadline, $"the key '{name}' never appeared: {cli.Describe()}");
            await Task.Delay(100);
        }
    }
}
