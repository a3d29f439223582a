using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Sandbox.Faults;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Tests.Connections;

/// <summary>
/// Answers from the auth service and the satellite are untrusted: a value that would inject into a credentials
/// file is refused, and the API key made for it is deleted again (nothing left, nothing pending).
/// </summary>
public sealed class UnsafeAnswerTests : IAsyncLifetime
{
    private static readonly byte[] ProjectPassphrase = "correct horse battery staple"u8.ToArray();
    private const string KeyId = "jwaqbvlr6zpbcjnfbimfxdqirc4a";
    private const string Secret = "jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta";
    private SandboxFixture sandbox = null!;
    private SatelliteConnection connection = null!;
    private Project demo = null!;

    public async Task InitializeAsync()
    {
        sandbox = await SandboxFixture.StartAsync();
        connection = await sandbox.ConnectAsync();
        demo = (await connection.ListProjectsAsync(default)).Single(p => p.Name == "Demo project");
    }

    public async Task DisposeAsync()
    {
        await connection.DisposeAsync();
        await sandbox.DisposeAsync();
    }

    [Theory]
    [InlineData("endpoint", "http://x/$(touch pwned)", KeyId)]
    [InlineData("endpoint", "https://gw.example.test\ncredential_process = sh -c 'touch pwned'", KeyId)]
    [InlineData("access_key_id", "https://gw.example.test", KeyId + "\n[default]")]
    public async Task An_unsafe_auth_service_answer_is_refused_and_the_key_rolled_back(string field, string endpoint, string keyId)
    {
        sandbox.Server.Faults.Add(new SandboxFault
        {
            Method = "POST",
            PathPrefix = "/v1/access",
            StatusCode = 200,
            Body = JsonSerializer.Serialize(new Dictionary<string, string> { ["access_key_id"] = keyId, ["secret_key"] = Secret, ["endpoint"] = endpoint }),
        });
        await connection.OpenProjectAsync(demo, ProjectPassphrase, default);

        var e = await Assert.ThrowsAsync<UnsafeAnswerException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("hostile"), null, default));

        Assert.Equal(field, e.Field);
        Assert.True(e.RolledBack);
        Assert.Contains("The API key 'hostile' made for it was deleted again, so nothing was created.", e.Message, StringComparison.Ordinal);
        Assert.Empty(await connection.ListAccessesAsync(demo, default));
        Assert.Empty(await connection.GetPendingCreationsAsync(default));
        Assert.Empty(Directory.Exists(sandbox.PendingFolder) ? Directory.GetFiles(sandbox.PendingFolder) : []);
    }

    [Theory]
    [InlineData("http://x/$(touch pwned)")]
    [InlineData("https://gw.example.test\ncredential_process = sh -c 'touch pwned'")]
    public async Task An_unsafe_project_gateway_override_is_refused_and_the_key_rolled_back(string gateway)
    {
        var project = new Dictionary<string, object>
        {
            ["id"] = demo.Id,
            ["name"] = demo.Name,
            ["ownerId"] = "u1",
            ["description"] = "",
            ["memberCount"] = 1,
            ["createdAt"] = "2025-01-02T03:04:05Z",
            ["edgeURLOverrides"] = new Dictionary<string, string> { ["gatewayEndpoint"] = gateway },
            ["hasManagedPassphrase"] = false,
        };
        sandbox.Server.Faults.Add(new SandboxFault { Method = "GET", PathPrefix = "/api/v0/projects", StatusCode = 200, Body = JsonSerializer.Serialize(new[] { project }), Times = 1 });
        demo = (await connection.ListProjectsAsync(default)).Single();
        await connection.OpenProjectAsync(demo, ProjectPassphrase, default);

        var e = await Assert.ThrowsAsync<UnsafeAnswerException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("override"), null, default));

        Assert.Equal("edgeURLOverrides.gatewayEndpoint", e.Field);
        Assert.True(e.RolledBack);
        Assert.Empty(await connection.ListAccessesAsync(demo, default));
        Assert.Empty(await connection.GetPendingCreationsAsync(default));
        Assert.Equal(0, sandbox.Server.CredentialCount);
    }

    [Fact]
    public async Task With_an_access_grant_an_unsafe_endpoint_is_refused_too()
    {
        await connection.OpenProjectAsync(demo, ProjectPassphrase, default);
        var grant = (await connection.CreateAccessAsync(demo, SandboxFixture.Request("parent", AccessType.AccessGrant), null, default)).AccessGrant!;
        sandbox.Server.Faults.Add(new SandboxFault
        {
            Method = "POST",
            PathPrefix = "/v1/access",
            StatusCode = 200,
            Body = JsonSerializer.Serialize(new Dictionary<string, string> { ["access_key_id"] = KeyId, ["secret_key"] = Secret, ["endpoint"] = "http://x/$(touch pwned)" }),
        });
        await using var fromGrant = GrantConnection.Open(grant, sandbox.Server.GrantConnectionOptions(SandboxFixture.Http()));
        var project = (await fromGrant.ListProjectsAsync(default)).Single();

        var e = await Assert.ThrowsAsync<UnsafeAnswerException>(() => fromGrant.CreateAccessAsync(project, SandboxFixture.Request("child"), null, default));

        Assert.Equal("endpoint", e.Field);
    }

    [Fact]
    public async Task When_the_rollback_fails_the_creation_stays_pending_for_abandon()
    {
        sandbox.Server.Faults.Add(new SandboxFault
        {
            Method = "POST",
            PathPrefix = "/v1/access",
            StatusCode = 200,
            Body = JsonSerializer.Serialize(new Dictionary<string, string> { ["access_key_id"] = KeyId, ["secret_key"] = Secret, ["endpoint"] = "http://x/$(touch pwned)" }),
        });
        sandbox.Server.Faults.Add(new SandboxFault { Method = "DELETE", PathPrefix = "/api/v0/api-keys/delete-by-ids", StatusCode = 500, Times = 1 });
        await connection.OpenProjectAsync(demo, ProjectPassphrase, default);

        var e = await Assert.ThrowsAsync<IncompleteCreationException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("stuck"), null, default));

        Assert.IsType<UnsafeAnswerException>(e.InnerException);
        Assert.Contains("abandon it to delete the key", e.Message, StringComparison.Ordinal);
        var pending = Assert.Single(await connection.GetPendingCreationsAsync(default));
        await connection.AbandonCreationAsync(pending, default);
        Assert.Empty(await connection.ListAccessesAsync(demo, default));
    }
}
