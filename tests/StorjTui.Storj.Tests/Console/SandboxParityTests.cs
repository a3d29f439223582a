using StorjTui.Sandbox;
using StorjTui.Storj.Console;
using StorjTui.Storj.Tests.Connections;

namespace StorjTui.Storj.Tests.Console;

/// <summary>
/// The console client against the sandbox where the sandbox answers as the satellite does (storj/storj consoleweb/server.go
/// routes, consoleapi/apikeys.go, satellitedb/consoledb/apikeys.go), and the client copes with those answers.
/// </summary>
public sealed class SandboxParityTests : IAsyncLifetime
{
    private SandboxFixture sandbox = null!;

    public async Task InitializeAsync() => sandbox = await SandboxFixture.StartAsync();

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    private async Task<ConsoleClient> LoggedInAsync(HttpMessageHandler? handler = null)
    {
        var http = SandboxFixture.Http();
        var client = new ConsoleClient(sandbox.Server.BaseUrl, handler is null ? http : http with { Handler = handler });
        await client.GetConfigAsync(default);
        await client.LogInAsync(SandboxServer.DemoEmail, SandboxServer.DemoPassword, null, null, default);
        return client;
    }

    private static async Task<string> DemoProjectAsync(ConsoleClient client) =>
        (await client.ListProjectsAsync(default)).Single(p => p.Name == "Demo project").Id;

    [Fact]
    public async Task Logout_needs_no_csrf_token_so_a_restored_session_can_end_itself()
    {
        string token;
        using (var first = await LoggedInAsync())
        {
            token = first.SessionToken!;
        }

        // A saved session: no config call, so no CSRF token (consoleweb/server.go: /logout is withAuth only).
        using var restored = new ConsoleClient(sandbox.Server.BaseUrl, SandboxFixture.Http());
        restored.UseSessionToken(token);
        await restored.LogOutAsync(default);

        using var after = new ConsoleClient(sandbox.Server.BaseUrl, SandboxFixture.Http());
        after.UseSessionToken(token);
        await Assert.ThrowsAsync<SessionExpiredException>(() => after.ListProjectsAsync(default));
    }

    [Fact]
    public async Task Deleting_an_unknown_name_says_so_although_the_console_answers_200()
    {
        using var client = await LoggedInAsync();
        var project = await DemoProjectAsync(client);
        await client.CreateApiKeyAsync(project, "kept", default);
        await client.CreateApiKeyAsync(project, "doomed", default);

        var e = await Assert.ThrowsAsync<ApiKeyNotFoundException>(() => client.DeleteApiKeyByNameAsync(project, "never made", default));
        await client.DeleteApiKeyByNameAsync(project, "doomed", default);

        Assert.Contains("no access named 'never made'", e.Message, StringComparison.Ordinal);
        Assert.Equal(["kept"], await client.ListApiKeyNamesAsync(project, default));
    }

    [Fact]
    public async Task A_page_past_the_end_is_refused_with_the_satellites_reason()
    {
        using var client = await LoggedInAsync();
        var project = await DemoProjectAsync(client);
        await client.CreateApiKeyAsync(project, "only", default);

        var e = await Assert.ThrowsAsync<ApiKeyPageOutOfRangeException>(
            () => client.ListApiKeysAsync(project, "", 10, 2, ApiKeyOrder.Name, SortDirection.Ascending, default));

        Assert.Contains("page is out of range", e.Message, StringComparison.Ordinal);
        Assert.Contains("Refresh", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_list_of_an_empty_project_asks_for_one_page_only()
    {
        var lists = 0;
        using var client = await LoggedInAsync(new Watch(path => lists += path.Contains("list-paged", StringComparison.Ordinal) ? 1 : 0));
        var project = await DemoProjectAsync(client);

        Assert.Empty(await client.ListAllApiKeysAsync(project, default));
        Assert.Equal(1, lists);
    }

    [Fact]
    public async Task The_whole_list_starts_over_when_it_shrinks_between_pages()
    {
        var state = sandbox.Server.Services.State;
        var demo = state.Projects.Single(p => p.Name == "Demo project");
        for (var i = 0; i < 301; i++)
        {
            state.CreateApiKey(demo, $"key-{i:D3}", DateTimeOffset.UtcNow);
        }
        var deleted = false;
        using var client = await LoggedInAsync(new Watch(path =>
        {
            // Someone deletes an access in the web console right after the first page came back.
            if (!deleted && path.Contains("page=1&", StringComparison.Ordinal))
            {
                deleted = state.DeleteApiKey(demo, "key-000");
            }
        }));

        var all = await client.ListAllApiKeysAsync(demo.Id, default);

        Assert.True(deleted);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => $"key-{i:D3}"), all.Select(k => k.Name));
    }

    [Theory]
    [InlineData(true, 5)]
    [InlineData(false, 4)]
    public async Task Api_key_version_is_what_the_satellite_reports_today(bool objectLockUi, long version)
    {
        // consoleapi/apikeys.go CreateAPIKey: Object Lock (1) when the UI offers it, always eventing (4); storj.io/common macaroon.
        await sandbox.DisposeAsync();
        sandbox = await SandboxFixture.StartAsync(o => o with { ObjectLockUIEnabled = objectLockUi });
        using var client = await LoggedInAsync();
        var project = await DemoProjectAsync(client);

        var created = await client.CreateApiKeyAsync(project, "versioned", default);
        var listed = Assert.Single(await client.ListAllApiKeysAsync(project, default));

        Assert.Equal(version, created.Info.Version);
        Assert.Equal(version, listed.Version);
    }

    /// <summary>Calls back after each answer with the request's path and query, then passes the answer on.</summary>
    private sealed class Watch(Action<string> afterAnswer) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            afterAnswer(request.RequestUri!.PathAndQuery);
            return response;
        }
    }
}
