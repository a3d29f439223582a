using System.Net;

namespace StorjTui.Sandbox.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private SandboxOptions Options(bool reset = false) => new() { DataFolder = temp.Sub("sandbox"), Reset = reset };

    [Fact]
    public void A_huge_state_file_is_refused_naming_it_and_how_to_recover()
    {
        var folder = temp.Sub("sandbox");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "state.json");
        using (var stream = File.Create(file))
        {
            stream.SetLength(17L * 1024 * 1024); // sparse: no disk used, 17 MiB of zero bytes to read
        }

        var e = Assert.Throws<InvalidDataException>(() => State.SandboxState.LoadOrCreate(folder, DateTimeOffset.UtcNow));

        Assert.Equal($"The sandbox state file {file} is too large (more than 16 MiB); reset the sandbox (--sandbox-reset).", e.Message);
    }

    [Fact]
    public async Task Keys_salts_node_url_and_the_gateway_port_survive_a_restart()
    {
        string nodeUrl, salt, projectId;
        Uri? gatewayUrl;
        await using (var first = await SandboxServer.StartAsync(Options()))
        {
            using var client = new SandboxClient(first.BaseUrl);
            await client.LogInAsync();
            projectId = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
            await client.CreateKeyAsync(projectId, "kept");
            using var saltResponse = await client.GetAsync($"api/v0/projects/{projectId}/salt");
            salt = (await SandboxClient.JsonAsync(saltResponse)).GetString()!;
            nodeUrl = first.SatelliteNodeUrl;
            gatewayUrl = first.OwnGatewayUrl;
        }

        await using var second = await SandboxServer.StartAsync(Options());
        using var again = new SandboxClient(second.BaseUrl);
        await again.LogInAsync();
        using var names = await again.GetAsync($"api/v0/api-keys/api-key-names?projectID={projectId}");
        using var saltAgain = await again.GetAsync($"api/v0/projects/{projectId}/salt");

        Assert.Equal(nodeUrl, second.SatelliteNodeUrl);
        Assert.Contains("demo@sandbox.local / password sandbox", second.Banner(), StringComparison.Ordinal);
        Assert.Contains($"S3 gateway (the sandbox's own, path-style; endpoint returned with new keys): {second.OwnGatewayUrl}", second.Banner(), StringComparison.Ordinal);
        Assert.Equal(gatewayUrl, second.OwnGatewayUrl);
        Assert.Contains($"--rest-key-stdin): {second.DemoRestKey}", second.Banner(), StringComparison.Ordinal);
        Assert.Equal(["kept"], (await SandboxClient.JsonAsync(names)).EnumerateArray().Select(e => e.GetString()).ToList());
        Assert.Equal(salt, (await SandboxClient.JsonAsync(saltAgain)).GetString());
    }

    [Fact]
    public async Task Reset_starts_from_scratch()
    {
        string nodeUrl;
        await using (var first = await SandboxServer.StartAsync(Options()))
        {
            nodeUrl = first.SatelliteNodeUrl;
        }

        await using var fresh = await SandboxServer.StartAsync(Options(reset: true));

        Assert.NotEqual(nodeUrl, fresh.SatelliteNodeUrl);
    }

    [Fact]
    public async Task State_folder_is_0700_and_files_0600()
    {
        await using var server = await SandboxServer.StartAsync(Options());
        using var client = new SandboxClient(server.BaseUrl);
        await client.LogInAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(temp.Sub("sandbox")));
        foreach (var file in Directory.GetFiles(temp.Sub("sandbox")))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task A_session_from_a_previous_run_is_no_longer_valid()
    {
        System.Net.CookieCollection cookies;
        await using (var first = await SandboxServer.StartAsync(Options()))
        {
            using var client = new SandboxClient(first.BaseUrl);
            await client.LogInAsync();
            cookies = client.Cookies.GetCookies(first.BaseUrl);
        }
        await using var second = await SandboxServer.StartAsync(Options());
        using var again = new SandboxClient(second.BaseUrl);
        again.Cookies.Add(second.BaseUrl, new Cookie("_tokenKey", cookies["_tokenKey"]!.Value));

        using var response = await again.GetAsync("api/v0/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
