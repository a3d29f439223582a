using System.Net;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests;

public sealed class ConsoleRoutesTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();
    private SandboxServer server = null!;
    private SandboxClient client = null!;

    public async Task InitializeAsync()
    {
        server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = temp.Sub("data") });
        client = new SandboxClient(server.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Config_names_the_node_url_the_auth_service_and_hands_out_a_csrf_cookie()
    {
        var config = await client.ConfigAsync();

        Assert.Equal(server.SatelliteNodeUrl, config.GetProperty("satelliteNodeURL").GetString());
        Assert.EndsWith("@sandbox.invalid:7777", server.SatelliteNodeUrl, StringComparison.Ordinal);
        Assert.Equal(server.BaseUrl.AbsoluteUri.TrimEnd('/'), config.GetProperty("gatewayCredentialsRequestURL").GetString());
        var token = config.GetProperty("csrfToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(token, client.Cookies.GetCookies(server.BaseUrl)["csrf_token"]?.Value);
    }

    [Fact]
    public async Task Log_in_needs_the_csrf_token()
    {
        await client.ConfigAsync();
        using var response = await client.PostJsonAsync("api/v0/auth/token", """{"email":"demo@sandbox.local","password":"sandbox"}""", csrf: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Invalid CSRF token", await SandboxClient.ErrorAsync(response));
    }

    [Fact]
    public async Task Wrong_password_gets_the_consoles_401_text()
    {
        await client.ConfigAsync();
        using var response = await client.PostJsonAsync("api/v0/auth/token", """{"email":"demo@sandbox.local","password":"nope"}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Your login credentials are incorrect, please try again", await SandboxClient.ErrorAsync(response));
    }

    [Fact]
    public async Task Log_in_sets_the_session_cookie_and_answers_token_and_go_style_expiry()
    {
        await client.ConfigAsync();
        using var response = await client.PostJsonAsync("api/v0/auth/token", """{"email":"Demo@Sandbox.local ","password":"sandbox"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SandboxClient.JsonAsync(response);
        var cookie = client.Cookies.GetCookies(server.BaseUrl)["_tokenKey"];
        Assert.NotNull(cookie);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(cookie.Value, body.GetProperty("token").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$", body.GetProperty("expiresAt").GetString());
    }

    [Fact]
    public async Task Calls_without_a_session_get_401()
    {
        using var response = await client.GetAsync("api/v0/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("unauthorized:", await SandboxClient.ErrorAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rest_key_log_in_works_without_csrf_and_a_wrong_key_is_refused()
    {
        using var wrong = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUrl, "api/v0/auth/token-by-api-key"));
        wrong.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-the-key");
        using var right = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUrl, "api/v0/auth/token-by-api-key"));
        right.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.DemoRestKey);
        using var http = new HttpClient();

        using var refused = await http.SendAsync(wrong);
        using var accepted = await http.SendAsync(right);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains(accepted.Headers.GetValues("Set-Cookie"), c => c.StartsWith("_tokenKey=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Projects_config_and_salt_have_the_consoles_shapes()
    {
        await client.LogInAsync();
        var projects = await client.ProjectsAsync();

        Assert.Equal(2, projects.GetArrayLength());
        var demo = projects[0];
        var managed = projects[1];
        Assert.Equal("Demo project", demo.GetProperty("name").GetString());
        Assert.False(demo.GetProperty("hasManagedPassphrase").GetBoolean());
        Assert.True(managed.GetProperty("hasManagedPassphrase").GetBoolean());
        Assert.False(demo.TryGetProperty("edgeURLOverrides", out _));

        var demoId = demo.GetProperty("id").GetString();
        using var configResponse = await client.GetAsync($"api/v0/projects/{demoId}/config");
        var config = await SandboxClient.JsonAsync(configResponse);
        Assert.True(config.GetProperty("encryptPath").GetBoolean());
        Assert.False(config.TryGetProperty("passphrase", out _));
        Assert.Equal(32, Convert.FromBase64String(config.GetProperty("salt").GetString()!).Length);

        using var saltResponse = await client.GetAsync($"api/v0/projects/{demoId}/salt");
        Assert.Equal(config.GetProperty("salt").GetString(), (await SandboxClient.JsonAsync(saltResponse)).GetString());

        using var managedConfig = await client.GetAsync($"api/v0/projects/{managed.GetProperty("id").GetString()}/config");
        Assert.False(string.IsNullOrEmpty((await SandboxClient.JsonAsync(managedConfig)).GetProperty("passphrase").GetString()));
    }

    [Fact]
    public async Task Unknown_and_malformed_project_ids_are_refused_like_the_console()
    {
        await client.LogInAsync();

        using var unknown = await client.GetAsync($"api/v0/projects/{Guid.NewGuid()}/salt");
        using var malformed = await client.GetAsync("api/v0/projects/not-a-uuid/salt");
        using var missing = await client.GetAsync("api/v0/buckets/bucket-names");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("Project ID was not provided.", await SandboxClient.ErrorAsync(missing));
    }

    [Fact]
    public async Task Bucket_names_are_a_json_string_array()
    {
        await client.LogInAsync();
        var id = (await client.ProjectsAsync())[0].GetProperty("id").GetString();

        using var response = await client.GetAsync($"api/v0/buckets/bucket-names?publicID={id}");

        var names = (await SandboxClient.JsonAsync(response)).EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["backups", "demo-bucket", "photos"], names);
    }

    [Fact]
    public async Task Created_keys_are_real_macaroons_signed_with_the_root_secret()
    {
        await client.LogInAsync();
        var project = (await client.ProjectsAsync())[0];
        var id = project.GetProperty("id").GetString()!;

        var (key, info) = await client.CreateKeyAsync(id, "my access");

        var apiKey = ApiKey.Parse(key);
        Assert.Empty(apiKey.Caveats);
        Assert.True(apiKey.Macaroon.Verify(server.Services.State.RootSecret));
        Assert.Equal("my access", info.GetProperty("name").GetString());
        Assert.Equal(id, info.GetProperty("projectPublicId").GetString());
        Assert.NotEqual(id, info.GetProperty("projectId").GetString());
        Assert.True(Guid.TryParse(info.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Duplicate_and_overlong_names_get_the_consoles_errors()
    {
        await client.LogInAsync();
        var id = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
        await client.CreateKeyAsync(id, "taken");

        using var duplicate = await client.PostTextAsync($"api/v0/api-keys/create/{id}", "taken");
        using var overlong = await client.PostTextAsync($"api/v0/api-keys/create/{id}", new string('é', 101));
        using var differentCase = await client.PostTextAsync($"api/v0/api-keys/create/{id}", "Taken");

        // satellite/console/service.go CreateAPIKey + consoleapi/apikeys.go: ErrValidation answered with 500.
        Assert.Equal(HttpStatusCode.InternalServerError, duplicate.StatusCode);
        Assert.Equal("validation: An API Key with this name already exists in this project, please use a different name", await SandboxClient.ErrorAsync(duplicate));
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.Equal("validation: field length exceeds maximum length 100", await SandboxClient.ErrorAsync(overlong));
        Assert.Equal(HttpStatusCode.OK, differentCase.StatusCode);
    }

    [Fact]
    public async Task Logout_needs_the_session_but_no_csrf_header()
    {
        await client.LogInAsync();

        // consoleweb/server.go: /api/v0/auth/logout is wrapped in withAuth only.
        using var logout = await client.PostJsonAsync("api/v0/auth/logout", "", csrf: false);
        using var after = await client.GetAsync("api/v0/projects");

        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Create_needs_the_csrf_header()
    {
        await client.LogInAsync();
        var id = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;

        using var response = await client.PostTextAsync($"api/v0/api-keys/create/{id}", "x", csrf: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_paged_validates_pages_and_answers_null_when_empty()
    {
        await client.LogInAsync();
        var id = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;

        using var noLimit = await client.GetAsync($"api/v0/api-keys/list-paged?projectID={id}&page=1&order=1&orderDirection=1");
        Assert.Equal(HttpStatusCode.BadRequest, noLimit.StatusCode);
        Assert.Equal("parameter 'limit' can't be empty", await SandboxClient.ErrorAsync(noLimit));

        using var empty = await client.GetAsync($"api/v0/api-keys/list-paged?projectID={id}&search=&limit=2&page=1&order=1&orderDirection=1");
        var emptyBody = await SandboxClient.JsonAsync(empty);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, emptyBody.GetProperty("apiKeys").ValueKind);
        // satellitedb/consoledb/apikeys.go returns an empty project's page before it sets the page and page count.
        Assert.Equal(0, emptyBody.GetProperty("currentPage").GetInt32());
        Assert.Equal(0, emptyBody.GetProperty("pageCount").GetInt32());
        using var pageZero = await client.GetAsync($"api/v0/api-keys/list-paged?projectID={id}&search=&limit=2&page=0&order=1&orderDirection=1");
        Assert.Equal(HttpStatusCode.InternalServerError, pageZero.StatusCode);
        Assert.Equal("console service: api key request: page cannot be 0", await SandboxClient.ErrorAsync(pageZero));

        foreach (var name in new[] { "c", "a", "b" })
        {
            await client.CreateKeyAsync(id, name);
        }
        using var page2 = await client.GetAsync($"api/v0/api-keys/list-paged?projectID={id}&search=&limit=2&page=2&order=1&orderDirection=1");
        var body = await SandboxClient.JsonAsync(page2);
        Assert.Equal(2, body.GetProperty("pageCount").GetInt32());
        Assert.Equal(3, body.GetProperty("totalCount").GetInt32());
        Assert.Equal("c", body.GetProperty("apiKeys")[0].GetProperty("name").GetString());
        using var pastTheEnd = await client.GetAsync($"api/v0/api-keys/list-paged?projectID={id}&search=&limit=2&page=3&order=1&orderDirection=1");
        Assert.Equal(HttpStatusCode.InternalServerError, pastTheEnd.StatusCode);
        Assert.Equal("console service: api key request: page is out of range", await SandboxClient.ErrorAsync(pastTheEnd));

        using var descending = await client.GetAsync($"api/v0/api-keys/list-paged?projectID={id}&search=&limit=10&page=1&order=1&orderDirection=2");
        Assert.Equal("c", (await SandboxClient.JsonAsync(descending)).GetProperty("apiKeys")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Delete_by_name_answers_200_with_an_empty_body_for_unknown_names_and_delete_by_ids_is_all_or_nothing()
    {
        await client.LogInAsync();
        var id = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
        var (_, first) = await client.CreateKeyAsync(id, "first");
        await client.CreateKeyAsync(id, "second");

        using var unknownName = await client.DeleteAsync($"api/v0/api-keys/delete-by-name?name=nope&publicID={id}");
        using var byName = await client.DeleteAsync($"api/v0/api-keys/delete-by-name?name=second&publicID={id}");
        using var mixedIds = await client.DeleteAsync("api/v0/api-keys/delete-by-ids", $"{{\"ids\":[\"{first.GetProperty("id").GetString()}\",\"{Guid.NewGuid()}\"]}}");

        // consoleapi/apikeys.go: ErrNoAPIKey → ServeJSONError(204), which writes nothing, so Go sends 200 and no body.
        Assert.Equal(HttpStatusCode.OK, unknownName.StatusCode);
        Assert.Equal("", await unknownName.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, mixedIds.StatusCode);
        using var names = await client.GetAsync($"api/v0/api-keys/api-key-names?projectID={id}");
        Assert.Equal(["first"], (await SandboxClient.JsonAsync(names)).EnumerateArray().Select(e => e.GetString()).ToList());

        using var byIds = await client.DeleteAsync("api/v0/api-keys/delete-by-ids", $"{{\"ids\":[\"{first.GetProperty("id").GetString()}\"]}}");
        Assert.Equal(HttpStatusCode.OK, byIds.StatusCode);
    }

    /// <summary>
    /// A header that does not match the cookie is refused even when it is a token the sandbox issued (to another
    /// browser): the double-submit check compares the two, not only whether the header is known.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_csrf_header_that_does_not_match_the_cookie_is_refused_on_log_in_create_and_delete(bool issuedToAnother)
    {
        using var other = new SandboxClient(server.BaseUrl);
        await other.ConfigAsync();
        var wrong = issuedToAnother ? other.Csrf! : "not-the-token";
        await client.ConfigAsync();
        Assert.NotEqual(client.Csrf, wrong);

        client.CsrfHeaderOverride = wrong;
        using var logIn = await client.PostJsonAsync("api/v0/auth/token", """{"email":"demo@sandbox.local","password":"sandbox"}""");
        Assert.Equal(HttpStatusCode.Forbidden, logIn.StatusCode);
        Assert.Equal("Invalid CSRF token", await SandboxClient.ErrorAsync(logIn));

        client.CsrfHeaderOverride = null;
        await client.LogInAsync();
        var id = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
        await client.CreateKeyAsync(id, "kept");

        client.CsrfHeaderOverride = wrong;
        using var create = await client.PostTextAsync($"api/v0/api-keys/create/{id}", "forged");
        using var delete = await client.DeleteAsync($"api/v0/api-keys/delete-by-name?name=kept&publicID={id}");
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);

        client.CsrfHeaderOverride = null;
        using var names = await client.GetAsync($"api/v0/api-keys/api-key-names?projectID={id}");
        Assert.Equal(["kept"], (await SandboxClient.JsonAsync(names)).EnumerateArray().Select(e => e.GetString()).ToList());
    }
}
