using StorjTui.Storj.Console;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Tests.Console;

/// <summary>The console client against canned answers; each shape cites the storj/storj file it comes from.</summary>
public sealed class ConsoleClientTests
{
    private static readonly Uri Console = new("https://us1.example.test/");

    // satellite/console/consoleweb/config.go FrontendConfig (only the fields the client reads, plus one it ignores).
    private const string ConfigJson = """{"satelliteName":"US1","satelliteNodeURL":"1abc@us1.example.test:7777","gatewayCredentialsRequestURL":"https://auth.example.test","objectBrowserKeyNamePrefix":"Web file browser API key","csrfToken":"csrf-123","partneredSatellites":[]}""";

    // consoleapi/auth.go Token: the TokenInfo struct with the token as a string; cookie from consolewebauth/auth.go SetTokenCookie.
    private const string TokenJson = """{"token":"session-abc","expiresAt":"2026-11-27T21:00:00.123456789Z"}""";

    private static ServiceCallOptions Options(CannedHandler handler, int attempts = 3, TimeSpan? timeout = null) => new()
    {
        Handler = handler,
        MaxAttempts = attempts,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        Timeout = timeout ?? TimeSpan.FromSeconds(5),
    };

    private static HttpResponseMessage LoggedIn()
    {
        var response = CannedHandler.Json(200, TokenJson);
        response.Headers.Add("Set-Cookie", "_tokenKey=session-abc; Path=/; Expires=Fri, 27 Nov 2026 21:00:00 GMT; HttpOnly; SameSite=Strict");
        return response;
    }

    private static HttpResponseMessage ConfigWithCookie()
    {
        var response = CannedHandler.Json(200, ConfigJson);
        response.Headers.Add("Set-Cookie", "csrf_token=csrf-123; Path=/; Max-Age=86400; HttpOnly; SameSite=Strict");
        return response;
    }

    [Fact]
    public async Task Config_then_log_in_sends_the_csrf_token_and_then_the_session_cookie()
    {
        var handler = new CannedHandler((request, n) => n switch
        {
            1 => ConfigWithCookie(),
            2 => LoggedIn(),
            _ => CannedHandler.Json(200, "[]"),
        });
        using var client = new ConsoleClient(Console, Options(handler));

        var config = await client.GetConfigAsync(default);
        await client.LogInAsync("alice@example.test", "pw", null, null, default);
        await client.ListProjectsAsync(default);

        Assert.Equal("1abc@us1.example.test:7777", config.SatelliteNodeUrl);
        Assert.Equal("https://auth.example.test", config.GatewayCredentialsRequestUrl);
        Assert.True(config.CsrfEnabled);
        var logIn = handler.Requests[1];
        Assert.Equal("/api/v0/auth/token", logIn.Uri.AbsolutePath);
        Assert.Equal("csrf-123", logIn.Headers["X-CSRF-Token"]);
        Assert.Contains("csrf_token=csrf-123", logIn.Headers["Cookie"], StringComparison.Ordinal);
        Assert.Contains("\"email\":\"alice@example.test\"", logIn.Body, StringComparison.Ordinal);
        Assert.Contains("\"mfaPasscode\":\"\"", logIn.Body, StringComparison.Ordinal);
        Assert.Contains("_tokenKey=session-abc", handler.Requests[2].Headers["Cookie"], StringComparison.Ordinal);
        Assert.False(handler.Requests[2].Headers.ContainsKey("X-CSRF-Token"));
        Assert.Equal("session-abc", client.SessionToken);
    }

    [Fact]
    public async Task Wrong_password_401_is_WrongCredentials()
    {
        // consoleapi/auth.go getUserErrorMessage for ErrLoginCredentials; getStatusCode → 401.
        var handler = new CannedHandler((_, _) => CannedHandler.Json(401, """{"error":"Your login credentials are incorrect, please try again"}"""));
        using var client = new ConsoleClient(Console, Options(handler));

        var e = await Assert.ThrowsAsync<WrongCredentialsException>(() => client.LogInAsync("a@b.c", "wrong", null, null, default));

        Assert.Contains("password is wrong", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong\"", e.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Mfa_needed_is_a_200_with_an_error_and_becomes_MfaRequired()
    {
        // consoleapi/auth.go Token: ErrMFAMissing is served with http.StatusOK and "A MFA passcode or recovery code is required".
        var handler = new CannedHandler((_, _) => CannedHandler.Json(200, """{"error":"A MFA passcode or recovery code is required"}"""));
        using var client = new ConsoleClient(Console, Options(handler));

        var e = await Assert.ThrowsAsync<MfaRequiredException>(() => client.LogInAsync("a@b.c", "pw", null, null, default));

        Assert.Contains("authenticator", e.Message, StringComparison.Ordinal);
        Assert.False(client.IsLoggedIn);
    }

    [Fact]
    public async Task A_wrong_mfa_code_is_InvalidMfaCode_and_the_code_is_sent()
    {
        // consoleapi/auth.go getUserErrorMessage for ErrMFAPasscode; getStatusCode → 400.
        var handler = new CannedHandler((_, _) => CannedHandler.Json(400, """{"error":"The MFA passcode is not valid or has expired"}"""));
        using var client = new ConsoleClient(Console, Options(handler));

        await Assert.ThrowsAsync<InvalidMfaCodeException>(() => client.LogInAsync("a@b.c", "pw", "123456", null, default));

        Assert.Contains("\"mfaPasscode\":\"123456\"", handler.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_captcha_demand_points_to_the_rest_key_log_in()
    {
        // console/service.go Token → ErrCaptcha; consoleapi/auth.go: 400 "Validation of captcha was unsuccessful".
        var handler = new CannedHandler((_, _) => CannedHandler.Json(400, """{"error":"Validation of captcha was unsuccessful"}"""));
        using var client = new ConsoleClient(Console, Options(handler));

        var e = await Assert.ThrowsAsync<CaptchaRequiredException>(() => client.LogInAsync("a@b.c", "pw", null, null, default));

        Assert.Contains("REST key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rest_key_log_in_sends_a_bearer_header_and_no_csrf()
    {
        var handler = new CannedHandler((_, _) => LoggedIn());
        using var client = new ConsoleClient(Console, Options(handler));

        await client.LogInWithRestKeyAsync("rest-key-1", default);

        Assert.Equal("Bearer rest-key-1", handler.Requests[0].Headers["Authorization"]);
        Assert.Equal("/api/v0/auth/token-by-api-key", handler.Requests[0].Uri.AbsolutePath);
        Assert.True(client.IsLoggedIn);
    }

    [Fact]
    public async Task A_401_after_log_in_is_SessionExpired()
    {
        // consoleweb/server.go withAuth: 401 with ErrUnauthorized wrapped.
        var handler = new CannedHandler((_, _) => CannedHandler.Json(401, """{"error":"unauthorized: authorization failed"}"""));
        using var client = new ConsoleClient(Console, Options(handler));
        client.UseSessionToken("stale");

        await Assert.ThrowsAsync<SessionExpiredException>(() => client.ListProjectsAsync(default));
    }

    [Fact]
    public async Task A_401_from_a_project_route_says_not_a_member_of_this_project()
    {
        // console/service.go isProjectMember: the project routes answer 401 (ErrUnauthorized / ErrNoMembership) to a non-member too.
        var handler = new CannedHandler((_, _) => CannedHandler.Json(401, """{"error":"unauthorized: You are not authorized to perform this action"}"""));
        using var client = new ConsoleClient(Console, Options(handler));
        client.UseSessionToken("valid");
        const string Project = "8d9c5cd0-41de-4c5b-9e6b-0d1c0f4a3e11";

        Func<Task>[] calls =
        [
            () => client.GetSaltAsync(Project, default),
            () => client.GetProjectConfigAsync(Project, default),
            () => client.CreateApiKeyAsync(Project, "n", default),
            () => client.ListApiKeysAsync(Project, "", 10, 1, ApiKeyOrder.Name, SortDirection.Ascending, default),
            () => client.DeleteApiKeyByNameAsync(Project, "n", default),
        ];
        foreach (var call in calls)
        {
            var e = await Assert.ThrowsAsync<SessionExpiredException>(call);
            Assert.Contains("not a member of this project", e.Message, StringComparison.Ordinal);
            Assert.Contains("log in again", e.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Create_sends_the_raw_name_once_and_a_taken_name_is_AccessNameTaken()
    {
        // satellite/console/service.go CreateAPIKey: ErrValidation(apiKeyWithNameExistsErrMsg); consoleapi/apikeys.go answers 500.
        var handler = new CannedHandler((_, _) => CannedHandler.Json(500, """{"error":"validation: An API Key with this name already exists in this project, please use a different name"}"""));
        using var client = new ConsoleClient(Console, Options(handler));

        var e = await Assert.ThrowsAsync<AccessNameTakenException>(() => client.CreateApiKeyAsync("8d9c5cd0-41de-4c5b-9e6b-0d1c0f4a3e11", "my access", default));

        Assert.Contains("already in use", e.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
        Assert.Equal("my access", handler.Requests[0].Body);
        Assert.Equal("/api/v0/api-keys/create/8d9c5cd0-41de-4c5b-9e6b-0d1c0f4a3e11", handler.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_too_long_name_400_carries_the_consoles_reason()
    {
        // consoleapi/apikeys.go CreateAPIKey → ValidateFreeFormFieldLengths: 400 "validation: field length exceeds maximum length 100".
        var handler = new CannedHandler((_, _) => CannedHandler.Json(400, """{"error":"validation: field length exceeds maximum length 100"}"""));
        using var client = new ConsoleClient(Console, Options(handler));

        var e = await Assert.ThrowsAsync<ConsoleRequestRejectedException>(() => client.CreateApiKeyAsync("p", new string('x', 101), default));

        Assert.Equal(400, e.StatusCode);
        Assert.Contains("maximum length 100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_is_never_retried_even_on_503()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Json(503, "", ("Retry-After", "0")));
        using var client = new ConsoleClient(Console, Options(handler));

        await Assert.ThrowsAsync<ServiceBusyException>(() => client.CreateApiKeyAsync("p", "n", default));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Gets_are_retried_after_429_honouring_retry_after()
    {
        // The console's rate limiters (consoleweb/server.go ipRateLimiter/userIDRateLimiter) answer 429 with Retry-After.
        var handler = new CannedHandler((_, n) => n == 1
            ? CannedHandler.Json(429, """{"error":"Too Many Requests"}""", ("Retry-After", "0"))
            : CannedHandler.Json(200, """["a","b"]"""));
        using var client = new ConsoleClient(Console, Options(handler));

        var names = await client.ListBucketNamesAsync("p", default);

        Assert.Equal(["a", "b"], names);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_client_waits_ends_the_call_with_the_wait()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Json(429, "", ("Retry-After", "120")));
        using var client = new ConsoleClient(Console, Options(handler));

        var e = await Assert.ThrowsAsync<ServiceBusyException>(() => client.ListBucketNamesAsync("p", default));

        Assert.Equal(TimeSpan.FromSeconds(120), e.RetryAfter);
        Assert.Contains("120 s", e.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Persistent_429_gives_up_after_the_attempts()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Json(429, "", ("Retry-After", "0")));
        using var client = new ConsoleClient(Console, Options(handler, attempts: 3));

        await Assert.ThrowsAsync<ServiceBusyException>(() => client.ListBucketNamesAsync("p", default));

        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task A_500_is_not_retried_and_says_what_failed()
    {
        // private/web/error.go: {"error": "There was an error processing your request"} for unknown errors (auth.go default).
        var handler = new CannedHandler((_, _) => CannedHandler.Json(500, """{"error":"There was an error processing your request"}"""));
        using var client = new ConsoleClient(Console, Options(handler));

        var e = await Assert.ThrowsAsync<ServiceFailedException>(() => client.ListProjectsAsync(default));

        Assert.Equal(500, e.StatusCode);
        Assert.Contains("satellite console failed (HTTP 500)", e.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_502_is_retried()
    {
        var handler = new CannedHandler((_, n) => n < 3 ? CannedHandler.Text(502, "bad gateway") : CannedHandler.Json(200, "[]"));
        using var client = new ConsoleClient(Console, Options(handler));

        Assert.Empty(await client.ListProjectsAsync(default));
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task A_silent_server_is_a_timeout()
    {
        var handler = new CannedHandler(async (_, _, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return CannedHandler.Json(200, "[]");
        });
        using var client = new ConsoleClient(Console, Options(handler, attempts: 2, timeout: TimeSpan.FromMilliseconds(100)));

        var e = await Assert.ThrowsAsync<ServiceTimeoutException>(() => client.ListProjectsAsync(default));

        Assert.Contains("did not answer", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Malformed_json_is_MalformedResponse()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Json(200, """[{"id": "x", "name": """));
        using var client = new ConsoleClient(Console, Options(handler));

        await Assert.ThrowsAsync<MalformedResponseException>(() => client.ListProjectsAsync(default));
    }

    [Fact]
    public async Task An_html_page_instead_of_the_api_is_MalformedResponse()
    {
        var handler = new CannedHandler((_, _) => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("<html>login</html>") });
        using var client = new ConsoleClient(Console, Options(handler));

        var e = await Assert.ThrowsAsync<MalformedResponseException>(() => client.GetConfigAsync(default));

        Assert.Contains("console URL", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_Unreachable()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new ConsoleClient(new Uri($"http://127.0.0.1:{port}/"), new ServiceCallOptions { MaxAttempts = 1 });

        var e = await Assert.ThrowsAsync<ServiceUnreachableException>(() => client.GetConfigAsync(default));

        Assert.Contains($"127.0.0.1:{port}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projects_configs_and_key_pages_parse_the_consoles_shapes()
    {
        // console/projects.go ProjectInfo + ProjectConfig; console/apikeys.go APIKeyPage ("apiKeys": null when empty).
        var handler = new CannedHandler((request, _) => request.RequestUri!.AbsolutePath switch
        {
            "/api/v0/projects" => CannedHandler.Json(200, """[{"id":"p1","name":"My project","ownerId":"u1","description":"","memberCount":1,"createdAt":"2025-01-02T03:04:05.123456789Z","edgeURLOverrides":{"authService":"https://auth.eu.test","gatewayEndpoint":"https://gw.eu.test"},"storageUsed":0,"bandwidthUsed":0,"versioning":0,"placement":0,"hasManagedPassphrase":false,"isClassic":false}]"""),
            "/api/v0/projects/p1/config" => CannedHandler.Json(200, """{"hasManagedPassphrase":true,"encryptPath":false,"passphrase":"managed words","isOwnerPaidTier":true,"hasPaidPrivileges":true,"role":0,"salt":"AQID","membersCount":1,"availablePlacements":[]}"""),
            _ => CannedHandler.Json(200, """{"apiKeys":null,"search":"","limit":300,"order":1,"orderDirection":1,"offset":0,"pageCount":0,"currentPage":1,"totalCount":0}"""),
        });
        using var client = new ConsoleClient(Console, Options(handler));

        var project = Assert.Single(await client.ListProjectsAsync(default));
        using var config = await client.GetProjectConfigAsync("p1", default);
        var keys = await client.ListAllApiKeysAsync("p1", default);

        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, 123, TimeSpan.Zero).AddTicks(4567), project.CreatedAt);
        Assert.Equal("https://gw.eu.test", project.EdgeUrlOverrides?.GatewayEndpoint);
        Assert.False(config.EncryptPath);
        Assert.Equal([1, 2, 3], config.Salt);
        Assert.Equal("managed words"u8.ToArray(), config.ManagedPassphrase);
        Assert.DoesNotContain("managed", config.ToString(), StringComparison.Ordinal);
        Assert.Empty(keys);
        Assert.Contains("limit=300&page=1&order=1&orderDirection=1", handler.Requests[2].Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_by_name_looks_the_name_up_and_accepts_a_204_as_well_as_the_200_the_console_sends()
    {
        // consoleapi/apikeys.go DeleteByNameAndProjectID answers 200 with an empty body (private/web/error.go returns
        // before writing a 204); a 204 from something in between is success too.
        var handler = new CannedHandler((_, n) => n == 1 ? CannedHandler.Json(200, """["gone"]""") : new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        using var client = new ConsoleClient(Console, Options(handler));

        await client.DeleteApiKeyByNameAsync("p1", "gone", default);

        Assert.Equal("/api/v0/api-keys/api-key-names", handler.Requests[0].Uri.AbsolutePath);
        Assert.Equal(HttpMethod.Delete, handler.Requests[1].Method);
        Assert.Equal("?name=gone&publicID=p1", handler.Requests[1].Uri.Query);
    }

    [Theory]
    [InlineData("http://us1.example.test/", false, false)]
    [InlineData("http://us1.example.test/", true, true)]
    [InlineData("http://127.0.0.1:1234/", false, true)]
    [InlineData("http://localhost:1234/", false, true)]
    [InlineData("http://[::1]:1234/", false, true)]
    [InlineData("https://us1.example.test/", false, true)]
    public void Plain_http_is_refused_off_loopback_unless_insecure(string url, bool insecure, bool allowed)
    {
        var make = () => new ConsoleClient(new Uri(url), new ServiceCallOptions { Insecure = insecure }).Dispose();

        if (allowed)
        {
            make();
        }
        else
        {
            var e = Assert.Throws<InsecureEndpointException>(make);
            Assert.Contains("--insecure", e.Message, StringComparison.Ordinal);
        }
    }
}
