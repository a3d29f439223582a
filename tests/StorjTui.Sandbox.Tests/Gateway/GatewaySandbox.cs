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

    public static Task<GatewaySandbox> StartAsync(SandboxOptions options, IGrantAuthority authority) => StartAsync(options, _ => authority);

    /// <summary>A sandbox whose gateway checks grants with the real <see cref="GrantAuthority"/>.</summary>
    public static Task<GatewaySandbox> StartAsync(SandboxOptions options) => StartAsync(options, state => new GrantAuthority(state));

    private static async Task<GatewaySandbox> StartAsync(SandboxOptions options, Func<StorjTui.Sandbox.State.SandboxState, IGrantAuthority> authority)
    {
        var server = await SandboxServer.StartAsync(options, authority);
        var client = new SandboxClient(server.BaseUrl);
        await client.LogInAsync();
        var projectId = (await client.ProjectsAsync())[0].GetProperty("id").GetString()!;
        return new GatewaySandbox(server, client, projectId);
    }

    /// <summary>Registers a new grant of the demo project (encryption key <paramref name="encryptionKey"/>, random by default).</summary>
    public async Task<(string AccessKeyId, string SecretKey, string Endpoint)> CredentialsAsync(byte[]? encryptionKey = null) =>
        await CredentialsAsync(await GrantAsync(encryptionKey));

    /// <summary>A new unrestricted grant of the demo project (encryption key <paramref name="encryptionKey"/>, random by default), not yet registered.</summary>
    public async Task<AccessGrant> GrantAsync(byte[]? encryptionKey = null)
    {
        var key = ApiKey.Parse((await client.CreateKeyAsync(projectId, $"s3-{++keys}-{Guid.NewGuid():N}")).Key);
        return new AccessGrant(Server.SatelliteNodeUrl, key, new EncryptionAccess(encryptionKey ?? RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>Registers <paramref name="accessGrant"/> with the sandbox's auth endpoint, as the product does.</summary>
    public async Task<(string AccessKeyId, string SecretKey, string Endpoint)> CredentialsAsync(AccessGrant accessGrant)
    {
        var grant = accessGrant.Serialize();
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

    /// <summary>An AWSSDK client with S3 credentials registered for <paramref name="grant"/>.</summary>
    public async Task<AmazonS3Client> ClientAsync(AccessGrant grant)
    {
        var (id, secret, endpoint) = await CredentialsAsync(grant);
        return S3ClientFactory.Create(id, secret, new Uri(endpoint));
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await Server.DisposeAsync();
    }
}
