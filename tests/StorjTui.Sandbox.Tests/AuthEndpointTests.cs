using System.Net;
using System.Security.Cryptography;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests;

public sealed class AuthEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();
    private SandboxServer server = null!;
    private SandboxClient client = null!;
    private string projectId = "";

    public async Task InitializeAsync()
    {
        server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = temp.Sub("data") });
        client = new SandboxClient(server.BaseUrl);
        await client.LogInAsync();
        projectId = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    public void Dispose() => temp.Dispose();

    /// <summary>A grant without key derivation: the auth side never looks at the encryption keys.</summary>
    private static string GrantFor(string satellite, ApiKey key) =>
        new AccessGrant(satellite, key, new EncryptionAccess(RandomNumberGenerator.GetBytes(32))).Serialize();

    private async Task<ApiKey> NewKeyAsync(string name) => ApiKey.Parse((await client.CreateKeyAsync(projectId, name)).Key);

    private Task<HttpResponseMessage> RegisterAsync(string grant) =>
        client.PostJsonAsync("v1/access", $"{{\"access_grant\":\"{grant}\",\"public\":false}}", csrf: false);

    [Fact]
    public async Task A_valid_grant_gets_storj_style_credentials_and_the_sandboxs_own_gateway_as_endpoint()
    {
        var key = await NewKeyAsync("s3");

        using var response = await RegisterAsync(GrantFor(server.SatelliteNodeUrl, key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SandboxClient.JsonAsync(response);
        var accessKeyId = body.GetProperty("access_key_id").GetString()!;
        var secretKey = body.GetProperty("secret_key").GetString()!;
        Assert.Matches("^[a-z2-7]{28}$", accessKeyId);
        Assert.Matches("^[a-z2-7]{53}$", secretKey);
        Assert.Equal(server.OwnGatewayUrl!.AbsoluteUri, body.GetProperty("endpoint").GetString());
        Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+/$", body.GetProperty("endpoint").GetString());
        Assert.Equal(secretKey, server.Services.Credentials.Find(accessKeyId)?.SecretKey);
    }

    [Fact]
    public async Task A_configured_gateway_is_the_endpoint()
    {
        await using var withGateway = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = temp.Sub("gw"), S3GatewayUrl = new Uri("http://127.0.0.1:7480/") });
        using var other = new SandboxClient(withGateway.BaseUrl);
        await other.LogInAsync();
        var id = (await other.ProjectsAsync())[0].GetProperty("id").GetString()!;
        var key = ApiKey.Parse((await other.CreateKeyAsync(id, "k")).Key);

        using var response = await other.PostJsonAsync("v1/access", $"{{\"access_grant\":\"{GrantFor(withGateway.SatelliteNodeUrl, key)}\"}}");

        Assert.Equal("http://127.0.0.1:7480/", (await SandboxClient.JsonAsync(response)).GetProperty("endpoint").GetString());
        Assert.Null(withGateway.OwnGatewayUrl);
        Assert.Contains("S3 endpoint returned: http://127.0.0.1:7480/", withGateway.Banner());
    }

    [Fact]
    public async Task Another_satellites_grant_is_refused_with_the_auth_services_text()
    {
        var key = await NewKeyAsync("wrong-sat");
        var elsewhere = "12EayRS2V1kEsWESU9QMRseFhdxYxKicsiFmxrsLZHeLUtdps3S@us1.storj.io:7777";

        using var response = await RegisterAsync(GrantFor(elsewhere, key));

        // storj/edge pkg/auth/authdb/db.go Put: ErrAccessGrant.New("disallowed satellite: %q").
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"access grant: disallowed satellite: \"{elsewhere}\"\n", await response.Content.ReadAsStringAsync());
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grant_expiring_within_a_minute_is_refused()
    {
        var key = await NewKeyAsync("short");
        var grant = new AccessGrant(server.SatelliteNodeUrl, key, new EncryptionAccess(RandomNumberGenerator.GetBytes(32)))
            .Restrict(new GrantRestrictions { NotAfter = DateTimeOffset.UtcNow.AddSeconds(30) });

        using var response = await RegisterAsync(grant.Serialize());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("access grant: expiration cannot be shorter than a minute\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_restricted_grant_expiring_later_is_accepted_and_its_expiry_kept()
    {
        var key = await NewKeyAsync("later");
        var until = DateTimeOffset.UtcNow.AddDays(1);
        var grant = new AccessGrant(server.SatelliteNodeUrl, key, new EncryptionAccess(RandomNumberGenerator.GetBytes(32)))
            .Restrict(new GrantRestrictions { NotAfter = until, Permissions = StorjTui.Core.Access.Permissions.Read });

        using var response = await RegisterAsync(grant.Serialize());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await SandboxClient.JsonAsync(response)).GetProperty("access_key_id").GetString()!;
        var stored = server.Services.Credentials.Find(id)!;
        Assert.Equal(until.ToUnixTimeSeconds(), stored.ExpiresAt?.ToUnixTimeSeconds());
        Assert.Equal(grant.Serialize(), stored.AccessGrant);
    }

    [Fact]
    public async Task A_forged_macaroon_is_refused()
    {
        var forged = ApiKey.FromMacaroon(Macaroon.NewUnrestricted(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)));

        using var response = await RegisterAsync(GrantFor(server.SatelliteNodeUrl, forged));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("access grant: the API key was not issued by this satellite", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_keys_grant_is_refused()
    {
        var key = await NewKeyAsync("gone");
        using var deleted = await client.DeleteAsync($"api/v0/api-keys/delete-by-name?name=gone&publicID={projectId}");

        using var response = await RegisterAsync(GrantFor(server.SatelliteNodeUrl, key));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Garbage_grants_bad_json_and_huge_bodies_get_400_422_413()
    {
        using var garbage = await RegisterAsync("not-a-grant");
        using var badJson = await client.PostJsonAsync("v1/access", "{\"access_grant\":", csrf: false);
        using var huge = await RegisterAsync(new string('1', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.StartsWith("access grant: ", await garbage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)422, badJson.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(0, server.CredentialCount);
    }
}
