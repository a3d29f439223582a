using System.Text;
using StorjTui.Core.Access;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Console;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Connections;

/// <summary>The whole create flow against the sandbox, for every access type and passphrase choice.</summary>
public sealed class SatelliteConnectionTests : IAsyncLifetime
{
    private static readonly byte[] ProjectPassphrase = "correct horse battery staple"u8.ToArray();
    private SandboxFixture sandbox = null!;
    private SatelliteConnection connection = null!;
    private Project demo = null!;
    private Project managed = null!;

    public async Task InitializeAsync()
    {
        sandbox = await SandboxFixture.StartAsync();
        connection = await sandbox.ConnectAsync();
        var projects = await connection.ListProjectsAsync(default);
        demo = projects.Single(p => p.Name == "Demo project");
        managed = projects.Single(p => p.HasManagedPassphrase);
    }

    public async Task DisposeAsync()
    {
        await connection.DisposeAsync();
        await sandbox.DisposeAsync();
    }

    private sealed class Steps : IProgress<CreationStep>
    {
        public List<CreationStep> Seen { get; } = [];

        public void Report(CreationStep value) => Seen.Add(value);
    }

    [Fact]
    public async Task S3_credentials_with_the_current_passphrase_are_registered_from_a_restricted_grant()
    {
        await connection.OpenProjectAsync(demo, ProjectPassphrase, default);
        var until = DateTimeOffset.UtcNow.AddDays(7);
        var steps = new Steps();
        var before = DateTimeOffset.UtcNow;

        var created = await connection.CreateAccessAsync(demo,
            SandboxFixture.Request("backup-job", buckets: ["backups"], permissions: Permissions.Read | Permissions.List, notAfter: until), steps, default);

        Assert.Equal([CreationStep.CreatingKey, CreationStep.DerivingKey, CreationStep.Registering, CreationStep.Done], steps.Seen);
        Assert.Matches("^[a-z2-7]{28}$", created.AccessKeyId);
        Assert.Matches("^[a-z2-7]{53}$", created.SecretKey);
        Assert.Equal(sandbox.Server.OwnGatewayUrl!.AbsoluteUri, created.Endpoint);
        Assert.Null(created.EndpointNotice);
        Assert.Null(created.AccessGrant);
        Assert.Null(created.ApiKey);

        var stored = sandbox.Server.Services.Credentials.Find(created.AccessKeyId!)!;
        Assert.Equal(created.SecretKey, stored.SecretKey);
        var grant = AccessGrant.Parse(stored.AccessGrant);
        Assert.Equal(sandbox.Server.SatelliteNodeUrl, grant.SatelliteAddress);
        var caveat = Assert.Single(grant.ApiKey.Caveats);
        Assert.False(caveat.DisallowReads);
        Assert.False(caveat.DisallowLists);
        Assert.True(caveat.DisallowWrites);
        Assert.True(caveat.DisallowDeletes);
        var path = Assert.Single(caveat.AllowedPaths);
        Assert.Equal("backups", Encoding.UTF8.GetString(path.Bucket));
        Assert.Empty(path.EncryptedPathPrefix);
        Assert.Equal(until.ToUnixTimeSeconds(), caveat.NotAfter?.ToUnixTimeSeconds());
        Assert.InRange(caveat.NotBefore!.Value, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(4, caveat.Nonce.Length);
        Assert.True(grant.ApiKey.Macaroon.Verify(sandbox.Server.Services.State.RootSecret));

        // The store holds only the bucket's key, derived from the project passphrase and salt.
        Assert.False(grant.EncryptionAccess.HasDefaultKey);
        var entry = Assert.Single(grant.EncryptionAccess.StoreEntries);
        var root = RootKey.Derive(ProjectPassphrase, sandbox.SaltOf(demo));
        Assert.Equal(PathEncryption.DeriveBucketKey(root, "backups"), entry.Key);
        connection.CompleteCreation(created); // the record lives until the credentials are delivered (issue 12)
        Assert.Empty(Directory.Exists(sandbox.PendingFolder) ? Directory.GetFiles(sandbox.PendingFolder) : []);
    }

    [Theory]
    [InlineData(PassphraseChoice.EnterNew)]
    [InlineData(PassphraseChoice.GenerateNew)]
    public async Task A_new_passphrase_replaces_the_project_one(PassphraseChoice choice)
    {
        await connection.OpenProjectAsync(demo, ProjectPassphrase, default);
        var fresh = "abandon ability able about above absent absorb abstract absurd abuse access accident"u8.ToArray();

        var created = await connection.CreateAccessAsync(demo, SandboxFixture.Request("new-pass", choice: choice, passphrase: fresh), null, default);

        var grant = AccessGrant.Parse(sandbox.Server.Services.Credentials.Find(created.AccessKeyId!)!.AccessGrant);
        Assert.Equal(RootKey.Derive(fresh, sandbox.SaltOf(demo)), grant.EncryptionAccess.DefaultKey);
        Assert.Equal(CipherSuite.AesGcm, grant.EncryptionAccess.DefaultPathCipher);
    }

    [Fact]
    public async Task A_managed_project_uses_the_satellites_passphrase_whatever_was_typed()
    {
        await connection.OpenProjectAsync(managed, "ignored"u8.ToArray(), default);

        var created = await connection.CreateAccessAsync(managed, SandboxFixture.Request("managed-s3"), null, default);

        var grant = AccessGrant.Parse(sandbox.Server.Services.Credentials.Find(created.AccessKeyId!)!.AccessGrant);
        var managedPassphrase = Encoding.UTF8.GetBytes(sandbox.Server.Services.State.FindProject(managed.Id)!.ManagedPassphrase!);
        Assert.Equal(RootKey.Derive(managedPassphrase, sandbox.SaltOf(managed)), grant.EncryptionAccess.DefaultKey);
    }

    [Fact]
    public async Task The_current_passphrase_is_required_before_any_key_is_made()
    {
        await connection.OpenProjectAsync(demo, null, default);

        var e = await Assert.ThrowsAnyAsync<StorjConnectionException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("no-pass"), null, default));

        Assert.Contains("passphrase", e.Message, StringComparison.Ordinal);
        Assert.Empty(await connection.ListAccessesAsync(demo, default));
    }

    [Fact]
    public async Task The_access_grant_type_returns_the_grant_and_registers_nothing()
    {
        await connection.OpenProjectAsync(demo, ProjectPassphrase, default);

        var created = await connection.CreateAccessAsync(demo, SandboxFixture.Request("grant", AccessType.AccessGrant), null, default);

        var grant = AccessGrant.Parse(created.AccessGrant!);
        Assert.Equal(sandbox.Server.SatelliteNodeUrl, grant.SatelliteAddress);
        Assert.Equal(sandbox.Server.SatelliteNodeUrl, created.SatelliteAddress);
        Assert.Null(created.AccessKeyId);
        Assert.Equal(0, sandbox.Server.CredentialCount);
    }

    [Fact]
    public async Task The_api_key_type_restricts_the_key_and_derives_nothing()
    {
        var steps = new Steps();

        var created = await connection.CreateAccessAsync(demo,
            SandboxFixture.Request("bare-key", AccessType.ApiKey, buckets: ["photos", "backups"], permissions: Permissions.Write), steps, default);

        Assert.DoesNotContain(CreationStep.DerivingKey, steps.Seen);
        Assert.Equal(sandbox.Server.SatelliteNodeUrl, created.SatelliteAddress);
        var key = ApiKey.Parse(created.ApiKey!);
        var caveat = Assert.Single(key.Caveats);
        Assert.True(caveat.DisallowReads);
        Assert.False(caveat.DisallowWrites);
        Assert.Equal(["photos", "backups"], caveat.AllowedPaths.Select(p => Encoding.UTF8.GetString(p.Bucket)));
        Assert.All(caveat.AllowedPaths, p => Assert.Empty(p.EncryptedPathPrefix));
        Assert.True(key.Macaroon.Verify(sandbox.Server.Services.State.RootSecret));
    }

    [Fact]
    public async Task A_project_without_path_encryption_gets_the_null_path_cipher()
    {
        sandbox.Server.Services.State.FindProject(demo.Id)!.EncryptPath = false;
        await connection.OpenProjectAsync(demo, ProjectPassphrase, default);

        var created = await connection.CreateAccessAsync(demo, SandboxFixture.Request("plain-paths", AccessType.AccessGrant), null, default);

        Assert.Equal(CipherSuite.Null, AccessGrant.Parse(created.AccessGrant!).EncryptionAccess.DefaultPathCipher);
    }

    [Fact]
    public async Task A_taken_name_fails_before_anything_is_created_or_recorded()
    {
        connection.CompleteCreation(await connection.CreateAccessAsync(demo, SandboxFixture.Request("dup", AccessType.ApiKey), null, default));

        var e = await Assert.ThrowsAsync<AccessNameTakenException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("dup", AccessType.ApiKey), null, default));

        Assert.Contains("already in use", e.Message, StringComparison.Ordinal);
        Assert.Single(await connection.ListAccessesAsync(demo, default), a => a.Name == "dup");
        Assert.Empty(await connection.GetPendingCreationsAsync(default));
    }

    [Fact]
    public async Task Accesses_are_listed_and_deleted_by_name()
    {
        await connection.CreateAccessAsync(demo, SandboxFixture.Request("one", AccessType.ApiKey), null, default);
        await connection.CreateAccessAsync(demo, SandboxFixture.Request("two", AccessType.ApiKey), null, default);

        await connection.DeleteAccessAsync(demo, "one", default);

        Assert.Equal(["two"], (await connection.ListAccessesAsync(demo, default)).Select(a => a.Name));
        await Assert.ThrowsAnyAsync<StorjConnectionException>(() => connection.DeleteAccessAsync(demo, "one", default));
        Assert.Equal(["backups", "demo-bucket", "photos"], await connection.ListBucketNamesAsync(demo, default));
    }

    [Fact]
    public async Task Rest_key_and_saved_session_log_ins_work_and_a_wrong_password_is_clear()
    {
        await using var byKey = await SatelliteConnection.LogInWithRestKeyAsync(sandbox.Options(), sandbox.Server.DemoRestKey, default);
        await using var bySession = await SatelliteConnection.FromSessionAsync(sandbox.Options(), connection.Console.SessionToken!, default);

        Assert.Equal(2, (await byKey.ListProjectsAsync(default)).Count);
        Assert.Equal(2, (await bySession.ListProjectsAsync(default)).Count);
        await Assert.ThrowsAsync<WrongCredentialsException>(() =>
            SatelliteConnection.LogInAsync(sandbox.Options(), SandboxServer.DemoEmail, "wrong", null, null, default));
    }
}
