using System.Text.Json;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Faults;

/// <summary>
/// Faults set from outside the process reach a real <c>storj-tui sandbox serve</c> (the --fault switch and the
/// Sandbox:Faults setting), and separate storj-tui processes cope with them as the in-process tests say.
/// </summary>
public sealed class SandboxServeFaultTests : IDisposable
{
    private readonly string _out = Path.Join(Path.GetTempPath(), "storj-tui-it-faults-out-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task A_fault_switch_breaks_the_create_call_once_and_the_retry_makes_one_key()
    {
        using var server = SandboxServeProcess.Start(["--fault", "POST /api/v0/api-keys/create status=503 times=1"]);
        Assert.Contains("Injecting fault (for testing): POST /api/v0/api-keys/create status=503 times=1", server.Banner);
        await server.LogInAsync();

        var failed = await server.RunAsync(["create", "api-key", "--name", "once", "--out", _out]);
        var retried = await server.RunAsync(["create", "api-key", "--name", "once", "--out", _out]);

        Assert.True(failed.ExitCode == 1, failed.Describe());
        Assert.Contains("Creating the API key 'once' failed: The satellite console is busy (HTTP 503) while creating the API key.", failed.StandardError, StringComparison.Ordinal);
        Assert.Contains("Nothing was created", failed.StandardError, StringComparison.Ordinal);
        Assert.True(retried.Succeeded, retried.Describe());
        Assert.Single(Directory.GetFiles(_out));
        Assert.Equal(1, await CountAsync(server, "once"));
    }

    [Theory]
    [InlineData("env", "http://x/$(touch pwned)")]
    [InlineData("aws", @"https://gw.example.test\ncredential_process = sh -c touch pwned")]
    public async Task A_hostile_endpoint_from_the_auth_service_is_refused_and_the_key_rolled_back(string format, string endpoint)
    {
        using var server = SandboxServeProcess.Start(
            ["--fault", "POST /v1/access status=200 body='{\"access_key_id\":\"jwaqbvlr6zpbcjnfbimfxdqirc4a\",\"secret_key\":\"jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta\",\"endpoint\":\"" + endpoint + "\"}'"],
            new Dictionary<string, string?> { ["STORJ_TUI__Sandbox__S3Gateway"] = "http://127.0.0.1:9/" });
        await server.LogInAsync();

        var failed = await server.RunAsync(["create", "s3", "--name", "hostile", "--generate-passphrase", "--format", format, "--out", _out]);

        Assert.True(failed.ExitCode == 1, failed.Describe());
        Assert.Contains("The auth service answered with an endpoint that ", failed.StandardError, StringComparison.Ordinal);
        Assert.Contains("The API key 'hostile' made for it was deleted again, so nothing was created.", failed.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_out) && Directory.EnumerateFileSystemEntries(_out).Any(), "a file was written from a refused answer");
        Assert.Equal(0, await CountAsync(server, "hostile"));
    }

    [Fact]
    public async Task A_lost_auth_answer_keeps_one_key_writes_nothing_and_resume_finishes()
    {
        using var server = SandboxServeProcess.Start(
            ["--fault", "POST /v1/access reset after times=1"],
            new Dictionary<string, string?> { ["STORJ_TUI__Sandbox__S3Gateway"] = "http://127.0.0.1:9/" });
        await server.LogInAsync();
        string[] create = ["create", "s3", "--name", "half", "--generate-passphrase", "--out", _out];

        var failed = await server.RunAsync(create);

        Assert.True(failed.ExitCode == 1, failed.Describe());
        Assert.Contains("The API key for 'half' was created, but registering with the auth service failed", failed.StandardError, StringComparison.Ordinal);
        Assert.Contains("--resume to finish, or with --abandon", failed.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_out) && Directory.EnumerateFileSystemEntries(_out).Any(), "a bundle was written for credentials that were not delivered");
        Assert.Equal(1, await CountAsync(server, "half"));

        var resumed = await server.RunAsync([.. create, "--resume"]);

        Assert.True(resumed.Succeeded, resumed.Describe());
        Assert.Single(Directory.GetFiles(_out, "Storj-S3-Credentials-half-*"));
        Assert.Equal(1, await CountAsync(server, "half"));
    }

    [Fact]
    public async Task The_Sandbox_Faults_setting_reaches_a_served_sandbox()
    {
        using var server = SandboxServeProcess.Start([], new Dictionary<string, string?> { ["STORJ_TUI__Sandbox__Faults"] = "GET /api/v0/projects latency=4s" });
        Assert.Contains("Injecting fault (for testing): GET /api/v0/projects latency=4000ms", server.Banner);
        await server.LogInAsync();

        var list = await server.RunAsync(["access", "list"], extra: new Dictionary<string, string?> { ["STORJ_TUI__Timeout"] = "1" });

        Assert.True(list.ExitCode == 1, list.Describe());
        Assert.Contains("did not answer within 1 s while listing the projects. Check the network, or try again later.", list.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_fault_switch_is_a_usage_error()
    {
        var result = await ExternalCommand.RunAsync("dotnet", [SandboxServeProcess.AppDll, "sandbox", "serve", "--fault", "POST /api/v0/api-keys/create status=abc"]);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains("--fault 'POST /api/v0/api-keys/create status=abc': status= needs a whole number from 100 to 599.", result.StandardError, StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(SandboxServeProcess server, string name)
    {
        var list = await server.RunAsync(["access", "list", "--json"]);
        Assert.True(list.Succeeded, list.Describe());
        using var json = JsonDocument.Parse(list.StandardOutput);
        return json.RootElement.EnumerateArray().Count(a => a.GetProperty("name").GetString() == name);
    }
}
