using StorjTui.Core.Access;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Connections;

/// <summary>The satellite's objectLockUIEnabled / bucketEventingUIEnabled reach the connection, and decide Full access's caveat.</summary>
public sealed class SatelliteFeaturesTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task The_sandboxs_switches_reach_the_connection(bool objectLock, bool eventing)
    {
        await using var sandbox = await SandboxFixture.StartAsync(o => o with { ObjectLockUIEnabled = objectLock, BucketEventingUIEnabled = eventing });
        await using var connection = await sandbox.ConnectAsync();

        Assert.Equal(new SatelliteFeatures(objectLock, eventing), connection.Features);
    }

    [Fact]
    public async Task The_sandbox_turns_both_on_by_default()
    {
        await using var sandbox = await SandboxFixture.StartAsync();
        await using var connection = await sandbox.ConnectAsync();

        Assert.Equal(SatelliteFeatures.Default, connection.Features);
        Assert.Equal(new SatelliteFeatures(true, true), SatelliteFeatures.Default);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_full_access_api_key_allows_what_the_consoles_full_access_allows(bool objectLock)
    {
        await using var sandbox = await SandboxFixture.StartAsync(o => o with { ObjectLockUIEnabled = objectLock });
        await using var connection = await sandbox.ConnectAsync();
        var project = (await connection.ListProjectsAsync(default)).Single(p => p.Name == "Demo project");
        await connection.OpenProjectAsync(project, null, default);

        var created = await connection.CreateAccessAsync(
            project, SandboxFixture.Request("full", AccessType.ApiKey, permissions: connection.Features.FullAccess), null, default);

        var caveat = Assert.Single(ApiKey.Parse(created.ApiKey!).Caveats);
        Assert.False(caveat.DisallowReads || caveat.DisallowWrites || caveat.DisallowLists || caveat.DisallowDeletes);
        Assert.False(caveat.DisallowPutBucketNotificationConfiguration || caveat.DisallowGetBucketNotificationConfiguration);
        Assert.True(caveat.DisallowBypassGovernanceRetention);
        Assert.Equal(!objectLock, caveat.DisallowPutRetention);
        Assert.Equal(!objectLock, caveat.DisallowGetRetention);
        Assert.Equal(!objectLock, caveat.DisallowPutLegalHold);
        Assert.Equal(!objectLock, caveat.DisallowGetLegalHold);
        Assert.Equal(!objectLock, caveat.DisallowPutBucketObjectLockConfiguration);
        Assert.Equal(!objectLock, caveat.DisallowGetBucketObjectLockConfiguration);
        Assert.False(caveat.DisallowLocks);
        Assert.NotNull(caveat.NotBefore);
        Assert.Null(caveat.NotAfter);
        Assert.Empty(caveat.AllowedPaths);
    }
}
