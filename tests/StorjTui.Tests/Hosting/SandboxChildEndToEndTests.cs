using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using StorjTui.Core.Access;
using StorjTui.Hosting;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Http;

namespace StorjTui.Tests.Hosting;

/// <summary>
/// The sandbox as the storj-tui-sandbox child process, with this build of it (beside storj-tui in the test's folder):
/// S3 credentials made through it, its start failures in the in-process sandbox's words, its signals, and no child
/// left behind when its parent is killed.
/// </summary>
public sealed class SandboxChildEndToEndTests : IDisposable
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(10);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SandboxExecutable ThisBuild => SandboxExecutable.At(Path.Join(AppContext.BaseDirectory, "storj-tui-sandbox"));

    private SandboxOptions Options => new() { DataFolder = _folder.Sub("sandbox"), PendingFolder = _folder.Sub("pending") };

    private static Task<ChildProcessSandbox> StartAsync(SandboxOptions options) =>
        ChildProcessSandbox.StartAsync(ThisBuild, options, null, TimeSpan.FromMinutes(1), default);

    [Fact]
    public async Task S3_credentials_are_made_through_the_child_and_it_stops_with_its_holder()
    {
        Uri url;
        int pid;
        await using (var sandbox = await StartAsync(Options))
        {
            url = sandbox.BaseUrl;
            pid = sandbox.ProcessId;
            await using var connection = await SatelliteConnection.LogInAsync(sandbox.ConnectionOptions(new ServiceCallOptions()), SandboxServer.DemoEmail, SandboxServer.DemoPassword, null, null, default);
            Project project = (await connection.ListProjectsAsync(default)).First(p => !p.HasManagedPassphrase);
            await connection.OpenProjectAsync(project, "a sandbox project passphrase"u8.ToArray(), default);

            CreatedAccess created = await connection.CreateAccessAsync(project,
                new AccessRequest(AccessType.S3Credentials, "through-the-child", Permissions.All, [], DateTimeOffset.UtcNow.AddDays(1), PassphraseChoice.UseCurrent, null), null, default);

            Assert.Equal(sandbox.OwnGatewayUrl!.ToString().TrimEnd('/'), created.Endpoint?.TrimEnd('/'));
            Assert.Equal(28, created.AccessKeyId?.Length);
            Assert.Contains($"Sandbox satellite console and auth service: {url}", sandbox.Banner, StringComparison.Ordinal);
            Assert.Contains(sandbox.DemoRestKey, sandbox.Banner, StringComparison.Ordinal);
        }

        Assert.False(ChildProcessSandboxTests.IsRunning(pid), "the child still runs");
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(url));
    }

    [Fact]
    public async Task A_folder_held_by_another_sandbox_is_refused_in_the_in_process_sandboxs_words()
    {
        await using var first = await StartAsync(Options);

        var child = await Assert.ThrowsAsync<SandboxStartException>(() => StartAsync(Options));
        var inProcess = await Assert.ThrowsAsync<SandboxBusyException>(() => SandboxServer.StartAsync(Options));

        Assert.Equal(inProcess.Message, child.Message);
    }

    [Fact]
    public async Task A_port_in_use_is_refused_in_the_in_process_sandboxs_words()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var options = Options with { Port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port };

        var child = await Assert.ThrowsAsync<SandboxStartException>(() => StartAsync(options));
        var inProcess = await Assert.ThrowsAnyAsync<IOException>(() => SandboxServer.StartAsync(options with { DataFolder = _folder.Sub("other") }));

        Assert.Equal(inProcess.Message, child.Message);
        Assert.Contains("address already in use", child.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_child_ignores_the_terminals_interrupt_and_hang_up_and_stops_on_terminate()
    {
        await using var sandbox = await StartAsync(Options);
        using var http = new HttpClient();

        Signal(sandbox.ProcessId, "INT");
        Signal(sandbox.ProcessId, "HUP");
        await Task.Delay(500);

        Assert.Contains("satelliteNodeURL", await http.GetStringAsync(new Uri(sandbox.BaseUrl, "api/v0/config")), StringComparison.Ordinal);
        Signal(sandbox.ProcessId, "TERM");
        await sandbox.Stopped.WaitAsync(Soon);
    }

    /// <summary>`sandbox serve` through the child (the native build's way): its banner, Ctrl+C stops both.</summary>
    [Fact]
    public async Task Serve_through_the_child_prints_the_banner_and_stops_on_the_terminals_interrupt()
    {
        using var serve = await ServeAsync();
        int child = ChildOf(serve.Process.Id);

        // A terminal's Ctrl+C reaches the whole process group.
        Signal(child, "INT");
        Signal(serve.Process.Id, "INT");

        await serve.Process.WaitForExitAsync().WaitAsync(Soon);
        // 128 + SIGINT, as the in-process `sandbox serve` ends on Ctrl+C.
        Assert.Equal(130, serve.Process.ExitCode);
        await WaitUntilGoneAsync(child);
    }

    [Fact]
    public async Task The_child_stops_by_itself_when_its_parent_is_killed()
    {
        using var serve = await ServeAsync();
        int child = ChildOf(serve.Process.Id);

        serve.Process.Kill();
        await serve.Process.WaitForExitAsync().WaitAsync(Soon);

        await WaitUntilGoneAsync(child);
    }

    private static async Task WaitUntilGoneAsync(int pid)
    {
        var watch = Stopwatch.StartNew();
        while (ChildProcessSandboxTests.IsRunning(pid))
        {
            Assert.True(watch.Elapsed < Soon, $"the child {pid} still runs {watch.Elapsed} after its parent ended");
            await Task.Delay(50);
        }
    }

    private static int ChildOf(int parent)
    {
        int[] children = Directory.GetDirectories($"/proc/{parent}/task")
            .SelectMany(task => File.ReadAllText(Path.Join(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pid => int.Parse(pid, CultureInfo.InvariantCulture))
            .ToArray();
        return Assert.Single(children);
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>This build's storj-tui running `sandbox serve` with the native build's switch (child process), until its banner.</summary>
    private async Task<Served> ServeAsync()
    {
        string config = Path.Join(AppContext.BaseDirectory, "storj-tui.runtimeconfig.json");
        JsonNode runtime = JsonNode.Parse(await File.ReadAllTextAsync(config))!;
        runtime["runtimeOptions"]!["configProperties"] ??= new JsonObject();
        runtime["runtimeOptions"]!["configProperties"]![RunningSandbox.InProcessSwitch] = false;
        string childConfig = _folder.Sub("storj-tui.runtimeconfig.json");
        await File.WriteAllTextAsync(childConfig, runtime.ToJsonString());

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "exec", "--runtimeconfig", childConfig, "--depsfile", Path.Join(AppContext.BaseDirectory, "storj-tui.deps.json"),
            Path.Join(AppContext.BaseDirectory, "storj-tui.dll"), "sandbox", "serve" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["HOME"] = _folder.Path;
        start.Environment["XDG_DATA_HOME"] = _folder.Sub("data");
        start.Environment["XDG_CONFIG_HOME"] = _folder.Sub("config");
        start.Environment["XDG_STATE_HOME"] = _folder.Sub("state");
        var process = Process.Start(start)!;
        var served = new Served(process);
        var output = new StringBuilder();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
        {
            output.AppendLine(line);
            if (line == "Press Ctrl+C to stop.")
            {
                Assert.Contains("Demo account: demo@sandbox.local / password sandbox", output.ToString(), StringComparison.Ordinal);
                return served;
            }
        }
        served.Dispose();
        Assert.Fail($"serve ended without its banner: {output}{await process.StandardError.ReadToEndAsync()}");
        return served;
    }

    /// <summary>A `sandbox serve` process, killed if a test leaves it running.</summary>
    private sealed class Served(Process process) : IDisposable
    {
        public Process Process { get; } = process;

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }
            Process.Dispose();
        }
    }
}
