using System.Text;
using Amazon.S3.Model;
using StorjTui.Core.Access;
using StorjTui.IntegrationTests.Infrastructure;
using StorjTui.Sandbox;
using StorjTui.Storj.S3;

namespace StorjTui.IntegrationTests.S3;

/// <summary>
/// The whole chain with nothing faked: the sandbox issues a real macaroon, the app restricts it, derives the key,
/// builds and registers the grant; the sandbox's provisioning hook makes the returned key pair real on radosgw;
/// the S3 check and a put/get then prove the credentials work.
/// </summary>
[Collection(RadosgwCollection.Name)]
public sealed class SandboxToRadosgwTests(RadosgwFixture fixture) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("storj-tui-sandbox-rgw-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<SandboxServer> StartSandboxAsync() => SandboxServer.StartAsync(new SandboxOptions
    {
        DataFolder = Path.Combine(folder, "sandbox"),
        PendingFolder = Path.Combine(folder, "pending"),
        S3GatewayUrl = new Uri(fixture.Server.Endpoint),
        ProvisioningCommand = [RadosgwServer.HookScript, fixture.Server.EnvFile],
        ProvisioningTimeout = TimeSpan.FromMinutes(1),
    });

    private static async Task<CreatedAccess> CreateAsync(IStorjConnection connection, string name, Permissions permissions, params string[] buckets)
    {
        IReadOnlyList<Project> projects = await connection.ListProjectsAsync(CancellationToken.None);
        Project project = projects.First(p => !p.HasManagedPassphrase);
        await connection.OpenProjectAsync(project, Encoding.UTF8.GetBytes("a sandbox project passphrase"), CancellationToken.None);
        var request = new AccessRequest(AccessType.S3Credentials, name, permissions, buckets, DateTimeOffset.UtcNow.AddDays(1), PassphraseChoice.UseCurrent, null);
        return await connection.CreateAccessAsync(project, request, null, CancellationToken.None);
    }

    [SkippableFact]
    public async Task Created_S3_credentials_pass_the_check_and_store_an_object()
    {
        RadosgwServer server = fixture.Server;
        await using SandboxServer sandbox = await StartSandboxAsync();
        await using IStorjConnection connection = await sandbox.ConnectAsync();

        CreatedAccess created = await CreateAsync(connection, "backup-" + Guid.NewGuid().ToString("N")[..8], Permissions.All);

        Assert.Equal(server.Endpoint.TrimEnd('/'), created.Endpoint?.TrimEnd('/'));
        Assert.Equal(28, created.AccessKeyId?.Length);
        Assert.Equal(53, created.SecretKey?.Length);
        S3CheckResult check = await CredentialsCheck.RunAsync(S3CheckRequest.From(created), CancellationToken.None);
        Assert.True(check.Passed, check.Message);

        string bucket = "sbx-" + Guid.NewGuid().ToString("N")[..12];
        using var client = S3ClientFactory.Create(created.AccessKeyId!, created.SecretKey!, new Uri(created.Endpoint!));
        await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
        await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "note.txt", ContentBody = "made by storj-tui" });
        using GetObjectResponse got = await client.GetObjectAsync(bucket, "note.txt");
        using var reader = new StreamReader(got.ResponseStream);
        Assert.Equal("made by storj-tui", await reader.ReadToEndAsync());
    }

    [SkippableFact]
    public async Task Credentials_without_list_permission_are_never_reported_as_working()
    {
        await using SandboxServer sandbox = await StartSandboxAsync();
        await using IStorjConnection connection = await sandbox.ConnectAsync();

        CreatedAccess created = await CreateAsync(connection, "writer-" + Guid.NewGuid().ToString("N")[..8], Permissions.Write);

        S3CheckResult check = await CredentialsCheck.RunAsync(S3CheckRequest.From(created), CancellationToken.None);
        Assert.Equal(S3CheckOutcome.NotPossible, check.Outcome);
    }
}
