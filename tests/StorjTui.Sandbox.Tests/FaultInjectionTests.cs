using System.Net;
using StorjTui.Sandbox.Faults;

namespace StorjTui.Sandbox.Tests;

public sealed class FaultInjectionTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();
    private SandboxServer server = null!;

    public async Task InitializeAsync() => server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = temp.Sub("data") });

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_status_fault_answers_with_retry_after_and_counts_down()
    {
        server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/config", StatusCode = 429, Body = "{\"error\":\"slow down\"}", RetryAfter = TimeSpan.FromSeconds(2), Times = 1 });
        using var client = new SandboxClient(server.BaseUrl);

        using var first = await client.GetAsync("api/v0/config");
        using var second = await client.GetAsync("api/v0/config");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), first.Headers.RetryAfter?.Delta);
        Assert.Equal("slow down", await SandboxClient.ErrorAsync(first));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal([1], server.Faults.Hits());
    }

    [Fact]
    public async Task A_reset_fault_drops_the_connection()
    {
        server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/config", ResetConnection = true });
        using var client = new SandboxClient(server.BaseUrl);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("api/v0/config"));
    }

    [Fact]
    public async Task A_malformed_json_fault_cuts_the_body()
    {
        server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/config", MalformedJson = true });
        using var client = new SandboxClient(server.BaseUrl);

        using var response = await client.GetAsync("api/v0/config");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Assert.ThrowsAnyAsync<System.Text.Json.JsonException>(() => SandboxClient.JsonAsync(response));
    }

    [Fact]
    public async Task A_fault_after_handling_lets_the_work_happen_and_loses_the_answer()
    {
        using var client = new SandboxClient(server.BaseUrl);
        await client.LogInAsync();
        var id = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
        server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/api-keys/create", Method = "POST", ResetConnection = true, AfterHandling = true, Times = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostTextAsync($"api/v0/api-keys/create/{id}", "lost"));

        using var names = await client.GetAsync($"api/v0/api-keys/api-key-names?projectID={id}");
        Assert.Equal(["lost"], (await SandboxClient.JsonAsync(names)).EnumerateArray().Select(e => e.GetString()).ToList());
    }

    [Fact]
    public async Task Faults_match_method_and_path_only()
    {
        server.Faults.Add(new SandboxFault { PathPrefix = "/v1/access", Method = "POST", StatusCode = 503 });
        using var client = new SandboxClient(server.BaseUrl);

        using var config = await client.GetAsync("api/v0/config");
        using var getAccess = await client.GetAsync("v1/access");

        Assert.Equal(HttpStatusCode.OK, config.StatusCode);
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, getAccess.StatusCode);
        Assert.Equal([0], server.Faults.Hits());
    }
}
