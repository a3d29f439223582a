using StorjTui.Storj.Auth;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Tests.Auth;

/// <summary>The auth client against canned answers from storj/edge pkg/auth/httpauth/resources.go (newAccess, writeError).</summary>
public sealed class AuthServiceClientTests
{
    private static readonly Uri Auth = new("https://auth.example.test");
    private const string Grant = "1SecretGrantThatMustNeverAppearInAMessage";
    private const string KeyId = "jwaqbvlr6zpbcjnfbimfxdqirc4a";
    private const string Secret = "jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta";

    /// <summary>Endpoints a hostile or broken auth service could send: each would run or inject something if written raw.</summary>
    public static TheoryData<string> UnsafeEndpoints() => new()
    {
        "http://x/$(touch pwned)",
        "https://gateway.example.test\ncredential_process = sh -c 'touch pwned'",
        "https://gateway.example.test/`id`",
        "https://gateway.example.test/a;touch pwned",
        "https://gateway.example.test/a&b|c",
        "https://gateway.example.test/<x>",
        "https://gateway.example.test/\"quoted\"",
        "https://gateway.example.test/'single'",
        "https://gateway.example.test/a b",
        "https://gateway.example.test/\\path",
        "https://gateway.example.test/a\rb",
        "https://gateway.example.test/\u001b]0;pwned\u0007",
        "https://gateway.example.test/\u202egpj.exe",
        "https://gateway.example.test/#frag",
        "https://gateway.example.test/?q=1",
        "https://gateway.example.test/{a}(b)*!",
        "https://user:pass@gateway.example.test",
        "http://gateway.example.test",
        "ftp://gateway.example.test",
        "gateway.example.test",
        "https://[::1]]:7777",
    };

    [Theory]
    [MemberData(nameof(UnsafeEndpoints))]
    public async Task An_endpoint_that_is_not_a_plain_https_url_is_refused_naming_the_field(string endpoint)
    {
        var body = $$"""{"access_key_id":"{{KeyId}}","secret_key":"{{Secret}}","endpoint":{{System.Text.Json.JsonSerializer.Serialize(endpoint)}}}""";
        using var client = new AuthServiceClient(Auth, Options(new CannedHandler((_, _) => CannedHandler.Json(200, body))));

        var e = await Assert.ThrowsAsync<UnsafeAnswerException>(() => client.RegisterAsync(Grant, default));

        Assert.Equal("endpoint", e.Field);
        Assert.StartsWith("The auth service answered with an endpoint that ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain('\u001b', e.Message);
        Assert.DoesNotContain('\u202e', e.Message);
    }

    [Theory]
    [InlineData("https://gateway.storjshare.io", false)]
    [InlineData("https://gateway.eu1.storjshare.io:443/", false)]
    [InlineData("http://127.0.0.1:7777", false)]
    [InlineData("http://localhost:7777/", false)]
    [InlineData("http://[::1]:7777", false)]
    [InlineData("http://gateway.example.test", true)]
    public async Task Plain_https_and_loopback_or_insecure_http_endpoints_are_accepted(string endpoint, bool insecure)
    {
        var body = $$"""{"access_key_id":"{{KeyId}}","secret_key":"{{Secret}}","endpoint":"{{endpoint}}"}""";
        using var client = new AuthServiceClient(Auth, Options(new CannedHandler((_, _) => CannedHandler.Json(200, body))) with { Insecure = insecure });

        Assert.Equal(endpoint, (await client.RegisterAsync(Grant, default)).Endpoint);
    }

    [Theory]
    [InlineData("access_key_id", "jwaqbvlr6zpbcjnfbimfxdqirc4", Secret)]
    [InlineData("access_key_id", "JWAQBVLR6ZPBCJNFBIMFXDQIRC4A", Secret)]
    [InlineData("access_key_id", "jwaqbvlr6zpbcjnfbimfxdqirc4a\ncredential_process = sh", Secret)]
    [InlineData("access_key_id", "jwaqbvlr6zpbcjnfbimfxdq$(id)", Secret)]
    [InlineData("secret_key", KeyId, "jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeet")]
    [InlineData("secret_key", KeyId, "jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyee'$")]
    [InlineData("secret_key", KeyId, "jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta\n[x]")]
    public async Task Keys_outside_the_auth_services_alphabet_and_lengths_are_refused_without_quoting_the_secret(string field, string keyId, string secret)
    {
        var body = $$"""{"access_key_id":{{System.Text.Json.JsonSerializer.Serialize(keyId)}},"secret_key":{{System.Text.Json.JsonSerializer.Serialize(secret)}},"endpoint":"https://gateway.storjshare.io"}""";
        using var client = new AuthServiceClient(Auth, Options(new CannedHandler((_, _) => CannedHandler.Json(200, body))));

        var e = await Assert.ThrowsAsync<UnsafeAnswerException>(() => client.RegisterAsync(Grant, default));

        Assert.Equal(field, e.Field);
        Assert.Contains($" {field} that is not", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, e.Message, StringComparison.Ordinal);
    }

    private static ServiceCallOptions Options(CannedHandler handler) => new() { Handler = handler, RetryBaseDelay = TimeSpan.FromMilliseconds(5) };

    [Fact]
    public async Task Registers_with_public_false_and_returns_the_credentials()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Json(200, """{"access_key_id":"jwaqbvlr6zpbcjnfbimfxdqirc4a","secret_key":"jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta","endpoint":"https://gateway.storjshare.io"}"""));
        using var client = new AuthServiceClient(Auth, Options(handler));

        var credentials = await client.RegisterAsync(Grant, default);

        Assert.Equal("jwaqbvlr6zpbcjnfbimfxdqirc4a", credentials.AccessKeyId);
        Assert.Equal("https://gateway.storjshare.io", credentials.Endpoint);
        Assert.Equal("https://auth.example.test/v1/access", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal($$"""{"access_grant":"{{Grant}}","public":false}""", handler.Requests[0].Body);
        Assert.DoesNotContain(credentials.SecretKey, credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_endpoint_becomes_null()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Json(200, $$"""{"access_key_id":"{{KeyId}}","secret_key":"{{Secret}}","endpoint":""}"""));
        using var client = new AuthServiceClient(Auth, Options(handler));

        Assert.Null((await client.RegisterAsync(Grant, default)).Endpoint);
    }

    [Fact]
    public async Task A_disallowed_satellite_400_is_GrantRejected_with_the_reason_and_advice()
    {
        // pkg/auth/authdb/db.go Put: ErrAccessGrant.New("disallowed satellite: %q"); resources.go → 400 via http.Error.
        var handler = new CannedHandler((_, _) => CannedHandler.Text(400, "access grant: disallowed satellite: \"1abc@eu9.example.test:7777\""));
        using var client = new AuthServiceClient(Auth, Options(handler));

        var e = await Assert.ThrowsAsync<GrantRejectedException>(() => client.RegisterAsync(Grant, default));

        Assert.Equal("disallowed satellite: \"1abc@eu9.example.test:7777\"", e.Reason);
        Assert.Contains("auth service of the satellite's region", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("access grant: access grant", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_expiry_400_advises_a_later_end_date()
    {
        // pkg/auth/authdb/db.go Put: "expiration cannot be shorter than a minute".
        var handler = new CannedHandler((_, _) => CannedHandler.Text(400, "access grant: expiration cannot be shorter than a minute"));
        using var client = new AuthServiceClient(Auth, Options(handler));

        var e = await Assert.ThrowsAsync<GrantRejectedException>(() => client.RegisterAsync(Grant, default));

        Assert.Contains("at least a minute from now", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_that_echoes_the_grant_is_redacted()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Text(400, $"access grant: could not parse {Grant}"));
        using var client = new AuthServiceClient(Auth, Options(handler));

        var e = await Assert.ThrowsAsync<GrantRejectedException>(() => client.RegisterAsync(Grant, default));

        Assert.DoesNotContain(Grant, e.Message, StringComparison.Ordinal);
        Assert.Contains("<access grant>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_tag_400_is_GrantRejected_too()
    {
        // pkg/auth/authdb/db.go: ErrInvalidTag.New("unknown tag %q") → resources.go 400.
        var handler = new CannedHandler((_, _) => CannedHandler.Text(400, "invalid tag: unknown tag \"x\""));
        using var client = new AuthServiceClient(Auth, Options(handler));

        var e = await Assert.ThrowsAsync<GrantRejectedException>(() => client.RegisterAsync(Grant, default));

        Assert.Contains("invalid tag", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(413, "", "too large")]
    [InlineData(422, "unexpected EOF", "could not read the request")]
    public async Task Size_and_json_errors_are_AuthRequestRejected(int status, string body, string expected)
    {
        // resources.go ServeHTTP (413 with an empty message) and newAccess (422 with the decoder's error).
        var handler = new CannedHandler((_, _) => CannedHandler.Text(status, body));
        using var client = new AuthServiceClient(Auth, Options(handler));

        var e = await Assert.ThrowsAsync<AuthRequestRejectedException>(() => client.RegisterAsync(Grant, default));

        Assert.Equal(status, e.StatusCode);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_with_the_empty_body_the_service_sends_is_ServiceFailed_and_not_retried()
    {
        // resources.go writeError: messages of 5xx answers are emptied.
        var handler = new CannedHandler((_, _) => CannedHandler.Text(500, ""));
        using var client = new AuthServiceClient(Auth, Options(handler));

        var e = await Assert.ThrowsAsync<ServiceFailedException>(() => client.RegisterAsync(Grant, default));

        Assert.Contains("auth service failed (HTTP 500)", e.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_ServiceBusy_and_not_retried()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Json(429, "", ("Retry-After", "7")));
        using var client = new AuthServiceClient(Auth, Options(handler));

        var e = await Assert.ThrowsAsync<ServiceBusyException>(() => client.RegisterAsync(Grant, default));

        Assert.Equal(TimeSpan.FromSeconds(7), e.RetryAfter);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Malformed_json_is_MalformedResponse()
    {
        var handler = new CannedHandler((_, _) => CannedHandler.Json(200, """{"access_key_id":"""));
        using var client = new AuthServiceClient(Auth, Options(handler));

        await Assert.ThrowsAsync<MalformedResponseException>(() => client.RegisterAsync(Grant, default));
    }

    [Fact]
    public async Task A_silent_service_times_out()
    {
        var handler = new CannedHandler(async (_, _, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return CannedHandler.Json(200, "{}");
        });
        using var client = new AuthServiceClient(Auth, new ServiceCallOptions { Handler = handler, Timeout = TimeSpan.FromMilliseconds(100) });

        await Assert.ThrowsAsync<ServiceTimeoutException>(() => client.RegisterAsync(Grant, default));
    }

    [Theory]
    [InlineData("https://auth.project.test", "https://auth.config.test", "https://auth.project.test/")]
    [InlineData(null, "https://auth.config.test", "https://auth.config.test/")]
    [InlineData("", "  ", "https://auth.storjshare.io/")]
    [InlineData(null, null, "https://auth.storjshare.io/")]
    public void The_auth_url_follows_the_consoles_order(string? project, string? config, string expected)
    {
        Assert.Equal(expected, AuthServiceUrl.Choose(project, config).AbsoluteUri);
    }
}
