using StorjTui.Configuration;
using StorjTui.Core.Access;
using StorjTui.Hosting;
using StorjTui.Sandbox;
using StorjTui.Sandbox.Faults;
using StorjTui.Storj.Connections;

namespace StorjTui.Tests.Hosting;

/// <summary>The one back-end factory: sandbox options from the settings, satellite options, the sandbox started once.</summary>
public sealed class BackEndsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("storj-tui-backends-").FullName;

    private AppPaths Paths => new(Path.Join(_root, "config"), Path.Join(_root, "data"), Path.Join(_root, "state"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_sandbox_options_come_from_the_folders_and_settings()
    {
        var fault = FaultSpec.Parse("POST /api/v0/api-keys/create status=503 times=1");
        var settings = new StorjTuiOptions
        {
            SandboxS3Gateway = new Uri("http://127.0.0.1:7480/"),
            SandboxS3QuotaBytes = 1234,
            SandboxProvisionCommand = "radosgw-admin key create",
            SandboxFaults = [fault],
            SandboxPort = 7777,
        };
        var clock = new StorjTui.TestSupport.FixedClock(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero));

        SandboxOptions options = SandboxSettings.From(Paths, settings, clock);

        Assert.Equal(Paths.SandboxFolder, options.DataFolder);
        Assert.Equal(Paths.PendingFolder, options.PendingFolder);
        Assert.Equal(new Uri("http://127.0.0.1:7480/"), options.S3GatewayUrl);
        Assert.Equal(1234, options.S3QuotaBytes);
        Assert.Equal(["/bin/sh", "-c", "radosgw-admin key create"], options.ProvisioningCommand);
        Assert.Equal([fault], options.Faults);
        Assert.Same(clock, options.Time);
        // The configured port is `sandbox serve`'s: the app's own sandbox takes a free one, so both can run.
        Assert.Equal(0, options.Port);
        Assert.False(options.Reset);
    }

    /// <summary>The satellite flags the sandbox models come from the settings: defaults as the satellite, each settable.</summary>
    [Fact]
    public void The_sandbox_satellite_flags_come_from_the_settings()
    {
        SandboxOptions defaults = SandboxSettings.From(Paths, new StorjTuiOptions());
        Assert.True(defaults.ObjectLockUIEnabled);
        Assert.True(defaults.BucketEventingUIEnabled);
        Assert.False(defaults.LogInCaptcha);

        SandboxOptions flipped = SandboxSettings.From(Paths, new StorjTuiOptions { SandboxObjectLockUI = false, SandboxBucketEventingUI = false, SandboxLogInCaptcha = true });
        Assert.False(flipped.ObjectLockUIEnabled);
        Assert.False(flipped.BucketEventingUIEnabled);
        Assert.True(flipped.LogInCaptcha);
    }

    [Fact]
    public void Without_a_provisioning_command_none_is_run()
    {
        Assert.Null(SandboxSettings.From(Paths, new StorjTuiOptions()).ProvisioningCommand);
    }

    [Fact]
    public async Task Satellite_options_carry_the_http_settings_the_pending_folder_and_a_regions_node_url()
    {
        await using var backEnds = BackEnds.From(Paths, new StorjTuiOptions { Insecure = true, Timeout = TimeSpan.FromSeconds(7) });

        SatelliteConnectionOptions region = backEnds.SatelliteOptions(SatelliteRegion.Eu1.ConsoleUrl);
        SatelliteConnectionOptions custom = backEnds.SatelliteOptions(new Uri("https://satellite.example.test/"));
        SatelliteConnectionOptions given = backEnds.SatelliteOptions(new Uri("https://satellite.example.test/"), "node@example.test:7777");

        Assert.Equal(SatelliteRegion.Eu1.NodeUrl, region.NodeUrl);
        Assert.Null(custom.NodeUrl);
        Assert.Equal("node@example.test:7777", given.NodeUrl);
        Assert.All([region, custom, given], o =>
        {
            Assert.True(o.Http.Insecure);
            Assert.Equal(TimeSpan.FromSeconds(7), o.Http.Timeout);
            Assert.Equal(Paths.PendingFolder, o.PendingFolder);
        });
    }

    [Fact]
    public async Task A_malformed_grant_is_refused_with_a_message_to_show()
    {
        await using var backEnds = BackEnds.From(Paths, new StorjTuiOptions());

        Assert.ThrowsAny<StorjConnectionException>(() => backEnds.OpenGrant("  not-a-grant  "));
    }

    [Fact]
    public async Task The_sandbox_starts_once_for_every_connection_and_stops_with_the_factory()
    {
        var backEnds = BackEnds.From(Paths, new StorjTuiOptions());
        Uri url;
        await using (var first = await backEnds.OpenSandboxAsync(default))
        await using (var second = await backEnds.OpenSandboxAsync(default))
        {
            // A debug build keeps the sandbox in this process (the native build runs it as storj-tui-sandbox).
            url = Assert.IsType<InProcessSandbox>(backEnds.Sandbox).BaseUrl;
            Assert.Equal("Sandbox", first.Description);
            Assert.NotEmpty(await second.ListProjectsAsync(default));
        }

        await backEnds.DisposeAsync();

        Assert.Null(backEnds.Sandbox);
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(url));
    }

    [Fact]
    public async Task Two_connects_at_once_share_one_sandbox()
    {
        await using var backEnds = BackEnds.From(Paths, new StorjTuiOptions());

        var both = await Task.WhenAll(backEnds.OpenSandboxAsync(default), backEnds.OpenSandboxAsync(default));

        // One server: a second on the same folder would overwrite the first's state, and the first would never be stopped.
        Assert.Equal(((Storj.Connections.SatelliteConnection)both[0]).Console.ConsoleUrl, ((Storj.Connections.SatelliteConnection)both[1]).Console.ConsoleUrl);

        foreach (var connection in both)
        {
            Assert.NotEmpty(await connection.ListProjectsAsync(default));
            await connection.DisposeAsync();
        }
    }
}
