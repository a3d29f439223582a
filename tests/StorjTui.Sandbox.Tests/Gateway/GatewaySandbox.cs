using System.Security.Cryptography;
using Amazon.S3;
using StorjTui.Sandbox.Gateway;
using StorjTui.Storj.Grants;
using StorjTui.Storj.S3;

namespace StorjTui.Sandbox.Tests.Gateway;

/// <summary>A sandbox with its S3 gateway on a temp folder, and S3 credentials registered through its auth endpoint.</summary>
internal sealed class GatewaySandbox : IAsyncDisposable
{
    private readonly SandboxClient client;
    private readonly string projectId;
    private int keys;

    private GatewaySandbox(SandboxServer server, SandboxClient client, string projectId)
    {
        Server = server;
        this.client = client;
        this.projectId = projectId;
    }

    public SandboxServer Server { get; }

    public Uri Endpoint => Server.S3Endpoint ?? throw new InvalidOperationException("no gateway");

    public static async Task<GatewaySandbox> StartAsync(SandboxOptions options, IGrantAuthority authority)
    {
        var server = await SandboxServer.StartAsync(options, _ => authority);
        var client = new SandboxClient(server.BaseUrl);
        await client.LogInAsync();
        var projectId = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
        return new GatewaySandbox(server, client, projectId);
    }

    /// <summary>Registers a new grant of the demo project (encryption key <paramref name="encryptionKey"/>, random by default).</summary>
    public async Task<(string AccessKeyId, string SecretKey, string Endpoint)> CredentialsAsync(byte[]? encryptionKey = null)
    {
        var key = ApiKey.Parse((await client.CreateKeyAsync(projectId, $"s3-{++keys}-{Guid.NewGuid():N}")).Key);
        var grant = new AccessGrant(Server.SatelliteNodeUrl, key, new EncryptionAccess(encryptionKey ?? RandomNumberGenerator.GetBytes(32))).Serialize();
        using var response = await client.PostJsonAsync("v1/access", $"{{\"access_grant\":\"{grant}\",\"public\":false}}", csrf: false);
        var body = await SandboxClient.JsonAsync(response);
        return (body.GetProperty("access_key_id").GetString()!, body.GetProperty("secret_key").GetString()!, body.GetProperty("endpoint").GetString()!);
    }

    /// <summary>An AWSSDK client as the product makes it (path style, checksums only when required).</summary>
    public async Task<AmazonS3Client> ClientAsync(byte[]? encryptionKey = null)
    {
        var (id, secret, endpoint) = await CredentialsAsync(encryptionKey);
        return S3ClientFactory.Create(id, secret, new Uri(endpoint));
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await Server.DisposeAsync();
    }
}
