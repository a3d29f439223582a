using System.Text;
using StorjTui.Core.Access;
using StorjTui.Sandbox;

namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>
/// The built-in sandbox with its own S3 gateway (no configuration), in-process on a temp folder, for the run of a
/// collection. Credentials come from the product's create flow, so the endpoint is the one the sandbox hands out.
/// </summary>
public sealed class SandboxGatewayFixture : IAsyncLifetime, IS3Target
{
    public const string TargetName = "sandbox";

    private readonly string folder = Directory.CreateTempSubdirectory("storj-tui-sandbox-gw-").FullName;

    public SandboxServer Server { get; private set; } = null!;

    public string Name => TargetName;

    public async Task InitializeAsync() => Server = await SandboxServer.StartAsync(new SandboxOptions
    {
        DataFolder = Path.Combine(folder, "sandbox"),
        PendingFolder = Path.Combine(folder, "pending"),
    });

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>S3 credentials made as `create s3` makes them: all permissions, all buckets, the project passphrase.</summary>
    public async Task<CreatedAccess> CreateS3AccessAsync(string passphrase = "a sandbox project passphrase", Permissions permissions = Permissions.All)
    {
        await using var connection = await Server.ConnectAsync();
        var project = (await connection.ListProjectsAsync(CancellationToken.None)).First(p => !p.HasManagedPassphrase);
        await connection.OpenProjectAsync(project, Encoding.UTF8.GetBytes(passphrase), CancellationToken.None);
        var request = new AccessRequest(AccessType.S3Credentials, "export-" + Guid.NewGuid().ToString("N")[..8], permissions, [], DateTimeOffset.UtcNow.AddDays(1), PassphraseChoice.UseCurrent, null);
        return await connection.CreateAccessAsync(project, request, null, CancellationToken.None);
    }

    /// <summary>Deletes an access by name in the sandbox's console (which revokes its S3 credentials).</summary>
    public async Task DeleteAccessAsync(string name)
    {
        await using var connection = await Server.ConnectAsync();
        var project = (await connection.ListProjectsAsync(CancellationToken.None)).First(p => !p.HasManagedPassphrase);
        await connection.DeleteAccessAsync(project, name, CancellationToken.None);
    }

    public async Task<(TestKeyPair Keys, string Endpoint)> NewCredentialsAsync()
    {
        var created = await CreateS3AccessAsync();
        return (new TestKeyPair(created.AccessKeyId!, created.SecretKey!), created.Endpoint!);
    }
}
