using System.Text;
using StorjTui.Core.Access;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Connections;

/// <summary>An existing access grant, no log-in: restrict offline, register, no new passphrase, no access list.</summary>
public sealed class GrantConnectionTests : IAsyncLifetime
{
    private SandboxFixture sandbox = null!;
    private string grant = "";

    public async Task InitializeAsync()
    {
        sandbox = await SandboxFixture.StartAsync();
        await using var satellite = await sandbox.ConnectAsync();
        var demo = (await satellite.ListProjectsAsync(default)).Single(p => p.Name == "Demo project");
        await satellite.OpenProjectAsync(demo, "grant tests"u8.ToArray(), default);
        grant = (await satellite.CreateAccessAsync(demo, SandboxFixture.Request("parent", AccessType.AccessGrant), null, default)).AccessGrant!;
    }

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    private GrantConnection Open() => GrantConnection.Open(grant, sandbox.Server.GrantConnectionOptions(SandboxFixture.Http()));

    [Fact]
    public async Task There_is_one_pseudo_project_named_after_the_satellite_and_no_new_passphrase()
    {
        await using var connection = Open();

        var project = Assert.Single(await connection.ListProjectsAsync(default));

        Assert.Equal("sandbox.invalid", project.Name);
        Assert.False(project.HasManagedPassphrase);
        Assert.False(connection.CanUseNewPassphrase);
        Assert.Equal("Access grant for sandbox.invalid", connection.Description);
    }

    [Fact]
    public async Task S3_credentials_come_from_the_grant_restricted_offline_with_its_own_keys()
    {
        await using var connection = Open();
        var project = (await connection.ListProjectsAsync(default))[0];

        var created = await connection.CreateAccessAsync(project,
            SandboxFixture.Request("from-grant", buckets: ["photos"], permissions: Permissions.Read), null, default);

        Assert.Equal(sandbox.Server.OwnGatewayUrl!.AbsoluteUri, created.Endpoint);
        Assert.Null(created.EndpointNotice);
        var registered = AccessGrant.Parse(sandbox.Server.Services.Credentials.Find(created.AccessKeyId!)!.AccessGrant);
        var parent = AccessGrant.Parse(grant);
        Assert.True(registered.ApiKey.Macaroon.Extends(parent.ApiKey.Macaroon));
        var entry = Assert.Single(registered.EncryptionAccess.StoreEntries);
        Assert.Equal(PathEncryption.DeriveBucketKey(parent.EncryptionAccess.DefaultKey!, "photos"), entry.Key);
        // The parent's own caveat stays; the new one is added after it.
        Assert.Equal(parent.ApiKey.Caveats.Count + 1, registered.ApiKey.Caveats.Count);
        Assert.True(registered.ApiKey.Caveats[^1].DisallowWrites);
    }

    [Fact]
    public async Task Access_grant_and_api_key_types_need_no_auth_service()
    {
        await using var connection = Open();
        var project = (await connection.ListProjectsAsync(default))[0];

        var asGrant = await connection.CreateAccessAsync(project, SandboxFixture.Request("g", AccessType.AccessGrant, buckets: ["backups"]), null, default);
        var asKey = await connection.CreateAccessAsync(project, SandboxFixture.Request("k", AccessType.ApiKey), null, default);

        Assert.Equal(sandbox.Server.SatelliteNodeUrl, AccessGrant.Parse(asGrant.AccessGrant!).SatelliteAddress);
        Assert.Equal(sandbox.Server.SatelliteNodeUrl, asKey.SatelliteAddress);
        Assert.Equal(AccessGrant.Parse(grant).ApiKey.Caveats.Count + 1, ApiKey.Parse(asKey.ApiKey!).Caveats.Count);
        Assert.Equal(0, sandbox.Server.CredentialCount);
    }

    [Theory]
    [InlineData(PassphraseChoice.EnterNew)]
    [InlineData(PassphraseChoice.GenerateNew)]
    public async Task A_new_passphrase_is_refused_with_the_reason(PassphraseChoice choice)
    {
        await using var connection = Open();
        var project = (await connection.ListProjectsAsync(default))[0];

        var e = await Assert.ThrowsAsync<InvalidAccessRequestException>(() =>
            connection.CreateAccessAsync(project, SandboxFixture.Request("x", choice: choice, passphrase: "new"u8.ToArray()), null, default));

        Assert.Contains("project salt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_and_deleting_accesses_say_they_need_the_console()
    {
        await using var connection = Open();
        var project = (await connection.ListProjectsAsync(default))[0];

        var list = await Assert.ThrowsAsync<NotSupportedByGrantException>(() => connection.ListAccessesAsync(project, default));
        await Assert.ThrowsAsync<NotSupportedByGrantException>(() => connection.DeleteAccessAsync(project, "parent", default));

        Assert.Contains("log in to the satellite console", list.Message, StringComparison.Ordinal);
        Assert.Empty(await connection.GetPendingCreationsAsync(default));
    }

    [Fact]
    public async Task Bucket_names_are_those_the_grant_is_restricted_to()
    {
        await using var open = Open();
        var project = (await open.ListProjectsAsync(default))[0];
        var narrowed = (await open.CreateAccessAsync(project, SandboxFixture.Request("n", AccessType.AccessGrant, buckets: ["photos", "backups"]), null, default)).AccessGrant!;
        await using var restricted = GrantConnection.Open(narrowed, sandbox.Server.GrantConnectionOptions());

        Assert.Empty(await open.ListBucketNamesAsync(project, default));
        Assert.Equal(["backups", "photos"], await restricted.ListBucketNamesAsync(project, default));
    }

    [Fact]
    public void A_bad_grant_is_a_clear_error_that_does_not_quote_it()
    {
        const string bad = "1NotReallyAGrantButSecretLooking";

        var e = Assert.Throws<GrantSourceException>(() => GrantConnection.Open(bad));

        Assert.StartsWith("That is not a usable access grant", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grants_are_read_from_uplinks_access_file_a_file_and_the_environment()
    {
        var folder = Path.Combine(sandbox.Root, "uplink");
        Directory.CreateDirectory(folder);
        var accessFile = Path.Combine(folder, "access.json");
        // storj/storj cmd/uplink/external_access.go SaveAccessInfo: Go field names, tab-indented.
        File.WriteAllText(accessFile, $"{{\n\t\"Default\": \"main\",\n\t\"Accesses\": {{\n\t\t\"main\": \"{grant}\",\n\t\t\"other\": \"1xyz\"\n\t}}\n}}");
        var plainFile = Path.Combine(folder, "grant.txt");
        File.WriteAllText(plainFile, grant + "\n");

        Assert.Equal(grant, GrantSource.FromUplinkAccessFile(null, accessFile));
        Assert.Equal("1xyz", GrantSource.FromUplinkAccessFile("other", accessFile));
        Assert.Contains("no access named 'nope'", Assert.Throws<GrantSourceException>(() => GrantSource.FromUplinkAccessFile("nope", accessFile)).Message, StringComparison.Ordinal);
        Assert.Equal(grant, GrantSource.FromFile(plainFile));
        Assert.Throws<GrantSourceException>(() => GrantSource.FromFile(Path.Combine(folder, "missing")));
        Assert.Throws<GrantSourceException>(() => GrantSource.FromEnvironment("STORJ_TUI_TEST_UNSET_VARIABLE"));
    }

    [Fact]
    public void An_endless_grant_file_or_access_file_is_too_large()
    {
        Assert.Equal("The access grant file /dev/zero is too large (more than 64 KiB).",
            Assert.Throws<GrantSourceException>(() => GrantSource.FromFile("/dev/zero")).Message);
        Assert.Equal("uplink's access file /dev/zero is too large (more than 1 MiB).",
            Assert.Throws<GrantSourceException>(() => GrantSource.FromUplinkAccessFile(null, "/dev/zero")).Message);
    }
}
