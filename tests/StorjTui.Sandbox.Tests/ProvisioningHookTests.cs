using System.Net;
using System.Security.Cryptography;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Tests;

public sealed class ProvisioningHookTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static async Task<HttpResponseMessage> RegisterNewKeyAsync(SandboxServer server)
    {
        using var client = new SandboxClient(server.BaseUrl);
        await client.LogInAsync();
        var id = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
        var key = ApiKey.Parse((await client.CreateKeyAsync(id, "hooked")).Key);
        var grant = new AccessGrant(server.SatelliteNodeUrl, key, new EncryptionAccess(RandomNumberGenerator.GetBytes(32))).Serialize();
        return await client.PostJsonAsync("v1/access", $"{{\"access_grant\":\"{grant}\"}}", csrf: false);
    }

    [Fact]
    public async Task The_hook_gets_the_key_pair_on_stdin()
    {
        var output = temp.Sub("received.txt");
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            DataFolder = temp.Sub("data"),
            ProvisioningCommand = ["/bin/sh", "-c", $"cat > '{output}'"],
        });

        using var response = await RegisterNewKeyAsync(server);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SandboxClient.JsonAsync(response);
        Assert.Equal($"{body.GetProperty("access_key_id").GetString()} {body.GetProperty("secret_key").GetString()}\n", File.ReadAllText(output));
    }

    [Fact]
    public async Task A_failing_hook_fails_the_registration_and_keeps_nothing()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            DataFolder = temp.Sub("data"),
            ProvisioningCommand = ["/bin/sh", "-c", "cat >/dev/null; exit 3"],
        });

        using var response = await RegisterNewKeyAsync(server);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("\n", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, server.CredentialCount);
    }

    [Fact]
    public async Task A_missing_hook_program_fails_the_registration()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            DataFolder = temp.Sub("data"),
            ProvisioningCommand = [temp.Sub("no-such-program")],
        });

        using var response = await RegisterNewKeyAsync(server);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0, server.CredentialCount);
    }
}
