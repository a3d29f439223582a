using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Sandbox.Faults;
using StorjTui.Storj.Auth;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Tests.Connections;

/// <summary>No orphaned keys: failures after the key exists can be finished with the same key or rolled back, now or after a restart.</summary>
public sealed class PendingCreationTests : IAsyncLifetime
{
    private static readonly byte[] Passphrase = "pending tests passphrase"u8.ToArray();
    private SandboxFixture sandbox = null!;
    private SatelliteConnection connection = null!;
    private Project demo = null!;

    public async Task InitializeAsync()
    {
        sandbox = await SandboxFixture.StartAsync();
        connection = await sandbox.ConnectAsync();
        demo = (await connection.ListProjectsAsync(default)).Single(p => p.Name == "Demo project");
        await connection.OpenProjectAsync(demo, Passphrase, default);
    }

    public async Task DisposeAsync()
    {
        await connection.DisposeAsync();
        await sandbox.DisposeAsync();
    }

    private void FailAuthOnce() =>
        sandbox.Server.Faults.Add(new SandboxFault { PathPrefix = "/v1/access", StatusCode = 500, Times = 1 });

    private async Task<IReadOnlyList<AccessSummary>> KeysNamedAsync(string name) =>
        (await connection.ListAccessesAsync(demo, default)).Where(a => a.Name == name).ToList();

    private string[] PendingFiles() => Directory.Exists(sandbox.PendingFolder) ? Directory.GetFiles(sandbox.PendingFolder) : [];

    [Fact]
    public async Task A_failed_registration_leaves_a_private_secret_free_record_and_the_key()
    {
        FailAuthOnce();

        var e = await Assert.ThrowsAsync<IncompleteCreationException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("half-done"), null, default));

        Assert.IsType<ServiceFailedException>(e.InnerException);
        Assert.Contains("registering with the auth service failed", e.Message, StringComparison.Ordinal);
        Assert.Contains("Retry", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Pending);
        Assert.True(e.Pending.CanFinishWithSameKey);
        var file = Assert.Single(PendingFiles());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(sandbox.PendingFolder));
        using var record = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(["id", "backend", "projectId", "projectName", "name", "type", "startedAt", "ownerPid", "ownerStart"], record.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Single(await KeysNamedAsync("half-done"));
        Assert.Single(await connection.GetPendingCreationsAsync(default));
        var passphrase = System.Text.Encoding.UTF8.GetString(Passphrase);
        Assert.DoesNotContain(passphrase, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_never_print_their_secrets()
    {
        var created = await connection.CreateAccessAsync(demo, SandboxFixture.Request("quiet"), null, default);

        Assert.DoesNotContain(created.SecretKey!, created.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(created.SecretKey!, connection.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_finishes_with_the_same_key_and_clears_the_record()
    {
        FailAuthOnce();
        var e = await Assert.ThrowsAsync<IncompleteCreationException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("retry-me"), null, default));
        var keyId = Assert.Single(await KeysNamedAsync("retry-me")).Id;

        var created = await connection.ResumeCreationAsync(e.Pending!, SandboxFixture.Request("retry-me"), null, default);

        Assert.NotNull(created.SecretKey);
        Assert.Equal(keyId, Assert.Single(await KeysNamedAsync("retry-me")).Id);
        Assert.Single(PendingFiles()); // until the credentials are delivered (issue 12)
        connection.CompleteCreation(created);
        Assert.Empty(PendingFiles());
        Assert.Empty(await connection.GetPendingCreationsAsync(default));
    }

    [Fact]
    public async Task Abandon_deletes_the_key_and_the_record()
    {
        FailAuthOnce();
        var e = await Assert.ThrowsAsync<IncompleteCreationException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("give-up"), null, default));

        await connection.AbandonCreationAsync(e.Pending!, default);

        Assert.Empty(await KeysNamedAsync("give-up"));
        Assert.Empty(PendingFiles());
    }

    [Fact]
    public async Task A_leftover_from_a_dropped_session_is_recreated_on_resume_without_a_second_key()
    {
        FailAuthOnce();
        await Assert.ThrowsAsync<IncompleteCreationException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("dropped"), null, default));
        var oldKey = Assert.Single(await KeysNamedAsync("dropped")).Id;
        await connection.DisposeAsync();

        connection = await sandbox.ConnectAsync();
        demo = (await connection.ListProjectsAsync(default)).Single(p => p.Name == "Demo project");
        await connection.OpenProjectAsync(demo, Passphrase, default);
        var leftover = Assert.Single(await connection.GetPendingCreationsAsync(default));
        Assert.False(leftover.CanFinishWithSameKey);
        Assert.Equal("dropped", leftover.Name);
        Assert.Equal(demo.Id, leftover.ProjectId);

        var created = await connection.ResumeCreationAsync(leftover, SandboxFixture.Request("dropped"), null, default);

        Assert.NotNull(created.AccessKeyId);
        var now = Assert.Single(await KeysNamedAsync("dropped"));
        Assert.NotEqual(oldKey, now.Id);
        connection.CompleteCreation(created); // delivered: only now is the record gone (issue 12)
        Assert.Empty(PendingFiles());
    }

    [Fact]
    public async Task A_finished_creation_stays_resumable_until_its_credentials_are_delivered()
    {
        // Issue 12: the record was removed when creation finished, before the bundle was written, so a run killed
        // in between left a live key nobody knew about.
        var created = await connection.CreateAccessAsync(demo, SandboxFixture.Request("undelivered"), null, default);
        Assert.NotNull(created.SecretKey);
        var record = File.ReadAllText(Assert.Single(PendingFiles()));
        Assert.DoesNotContain(created.SecretKey!, record, StringComparison.Ordinal);
        Assert.DoesNotContain(created.AccessKeyId!, record, StringComparison.Ordinal);
        await connection.DisposeAsync(); // the process dies before the bundle is in place

        connection = await sandbox.ConnectAsync();
        demo = (await connection.ListProjectsAsync(default)).Single(p => p.Name == "Demo project");
        await connection.OpenProjectAsync(demo, Passphrase, default);
        var leftover = Assert.Single(await connection.GetPendingCreationsAsync(default));
        Assert.Equal("undelivered", leftover.Name);
        Assert.False(leftover.CanFinishWithSameKey);

        var again = await connection.ResumeCreationAsync(leftover, SandboxFixture.Request("undelivered"), null, default);
        Assert.Single(await KeysNamedAsync("undelivered"));
        connection.CompleteCreation(again);
        Assert.Empty(PendingFiles());
        Assert.Empty(await connection.GetPendingCreationsAsync(default));
    }

    [Fact]
    public async Task Abandon_refuses_while_another_live_process_still_runs_the_creation()
    {
        FailAuthOnce();
        await Assert.ThrowsAsync<IncompleteCreationException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("busy"), null, default));
        using var owner = System.Diagnostics.Process.Start("sleep", "60");
        try
        {
            OwnRecordBy(owner.Id);
            await connection.DisposeAsync();
            connection = await sandbox.ConnectAsync();
            var pending = Assert.Single(await connection.GetPendingCreationsAsync(default));
            Assert.Equal(owner.Id, pending.RunningInProcess);

            var e = await Assert.ThrowsAsync<StorjConnectionException>(() => connection.AbandonCreationAsync(pending, default));
            Assert.Contains($"process {owner.Id}", e.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<StorjConnectionException>(() => connection.ResumeCreationAsync(pending, SandboxFixture.Request("busy"), null, default));
            Assert.Single(await KeysNamedAsync("busy"));
            Assert.Single(PendingFiles());

            owner.Kill();
            owner.WaitForExit();
            var orphan = Assert.Single(await connection.GetPendingCreationsAsync(default));
            Assert.Null(orphan.RunningInProcess);
            await connection.AbandonCreationAsync(orphan, default);
            Assert.Empty(await KeysNamedAsync("busy"));
            Assert.Empty(PendingFiles());
        }
        finally
        {
            if (!owner.HasExited)
            {
                owner.Kill();
            }
        }
    }

    /// <summary>Rewrites the one record as if process <paramref name="pid"/> had written it (its pid and start time).</summary>
    private void OwnRecordBy(int pid)
    {
        var file = Assert.Single(PendingFiles());
        var record = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        record["ownerPid"] = pid;
        record["ownerStart"] = long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19], System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(file, record.ToJsonString());
    }

    [Fact]
    public async Task A_leftover_can_be_abandoned_after_a_restart()
    {
        FailAuthOnce();
        await Assert.ThrowsAsync<IncompleteCreationException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("orphan"), null, default));
        await connection.DisposeAsync();
        connection = await sandbox.ConnectAsync();

        await connection.AbandonCreationAsync(Assert.Single(await connection.GetPendingCreationsAsync(default)), default);

        Assert.Empty(await KeysNamedAsync("orphan"));
        Assert.Empty(PendingFiles());
    }

    [Fact]
    public async Task A_lost_create_answer_rolls_the_key_back_and_a_retry_makes_exactly_one()
    {
        sandbox.Server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/api-keys/create", ResetConnection = true, AfterHandling = true, Times = 1 });

        var e = await Assert.ThrowsAsync<ApiKeyNotCreatedException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("lost", AccessType.ApiKey), null, default));

        Assert.IsType<ServiceUnreachableException>(e.InnerException);
        Assert.True(e.RolledBack);
        Assert.Contains("safe to try again", e.Message, StringComparison.Ordinal);

        Assert.Empty(await KeysNamedAsync("lost"));
        Assert.Empty(PendingFiles());
        await connection.CreateAccessAsync(demo, SandboxFixture.Request("lost", AccessType.ApiKey), null, default);
        Assert.Single(await KeysNamedAsync("lost"));
    }

    [Fact]
    public async Task A_create_that_times_out_after_the_key_was_made_leaves_no_orphan()
    {
        await using var slow = await SatelliteConnection.LogInAsync(sandbox.Options(TimeSpan.FromMilliseconds(700)), Sandbox.SandboxServer.DemoEmail, Sandbox.SandboxServer.DemoPassword, null, null, default);
        sandbox.Server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/api-keys/create", Latency = TimeSpan.FromSeconds(3), AfterHandling = true, Times = 1 });

        var e = await Assert.ThrowsAsync<ApiKeyNotCreatedException>(() => slow.CreateAccessAsync(demo, SandboxFixture.Request("slow", AccessType.ApiKey), null, default));

        Assert.IsType<ServiceTimeoutException>(e.InnerException);

        Assert.Contains("did not answer", e.Message, StringComparison.Ordinal);
        Assert.Empty(await KeysNamedAsync("slow"));
        Assert.Empty(PendingFiles());
    }

    /// <summary>
    /// Whatever happens to a create's answer — the connection reset before or after the key was made, or no answer
    /// within the timeout — the POST reaches the server exactly once (counted there, by the fault that hits every
    /// create), and at most one key exists afterwards. A retried create could make a second key.
    /// </summary>
    [Theory]
    [InlineData("/api/v0/api-keys/create", true, false)]
    [InlineData("/api/v0/api-keys/create", true, true)]
    [InlineData("/api/v0/api-keys/create", false, false)]
    [InlineData("/api/v0/api-keys/create", false, true)]
    [InlineData("/v1/access", true, false)]
    [InlineData("/v1/access", false, true)]
    public async Task A_create_post_is_sent_exactly_once_after_a_reset_or_a_timeout(string path, bool reset, bool afterHandling)
    {
        await using var impatient = await SatelliteConnection.LogInAsync(sandbox.Options(TimeSpan.FromMilliseconds(700)), Sandbox.SandboxServer.DemoEmail, Sandbox.SandboxServer.DemoPassword, null, null, default);
        await impatient.OpenProjectAsync(demo, Passphrase, default);
        sandbox.Server.Faults.Add(reset
            ? new SandboxFault { PathPrefix = path, Method = "POST", ResetConnection = true, AfterHandling = afterHandling }
            : new SandboxFault { PathPrefix = path, Method = "POST", Latency = TimeSpan.FromSeconds(3), AfterHandling = afterHandling });

        var e = await Assert.ThrowsAnyAsync<StorjConnectionException>(() => impatient.CreateAccessAsync(demo, SandboxFixture.Request("once"), null, default));

        Assert.IsType(reset ? typeof(ServiceUnreachableException) : typeof(ServiceTimeoutException), e is IncompleteCreationException or ApiKeyNotCreatedException ? e.InnerException : e);
        Assert.Equal([1], sandbox.Server.Faults.Hits());
        sandbox.Server.Faults.Clear();
        Assert.True((await KeysNamedAsync("once")).Count <= 1);
    }

    [Fact]
    public async Task A_malformed_create_answer_leaves_no_orphan()
    {
        sandbox.Server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/api-keys/create", MalformedJson = true, AfterHandling = true, Times = 1 });

        var e = await Assert.ThrowsAsync<ApiKeyNotCreatedException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("garbled", AccessType.ApiKey), null, default));

        Assert.IsType<MalformedResponseException>(e.InnerException);

        Assert.Empty(await KeysNamedAsync("garbled"));
    }

    [Fact]
    public async Task A_refused_create_records_nothing()
    {
        sandbox.Server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/api-keys/create", StatusCode = 403, Body = """{"error":"Invalid CSRF token"}""", Times = 1 });

        var e = await Assert.ThrowsAsync<StorjTui.Storj.Console.ConsoleRequestRejectedException>(() => connection.CreateAccessAsync(demo, SandboxFixture.Request("refused", AccessType.ApiKey), null, default));

        Assert.Contains("Invalid CSRF token", e.Message, StringComparison.Ordinal);
        Assert.Empty(PendingFiles());
    }

    [Fact]
    public async Task Reads_retry_through_429_with_retry_after()
    {
        sandbox.Server.Faults.Add(new SandboxFault { PathPrefix = "/api/v0/api-keys/api-key-names", StatusCode = 429, RetryAfter = TimeSpan.Zero, Times = 2 });

        var created = await connection.CreateAccessAsync(demo, SandboxFixture.Request("patient", AccessType.ApiKey), null, default);

        Assert.NotNull(created.ApiKey);
        Assert.Equal([2], sandbox.Server.Faults.Hits());
    }

    [Fact]
    public async Task A_rejected_grant_says_why_and_can_be_abandoned()
    {
        await using var wrongNode = await SatelliteConnection.LogInAsync(
            sandbox.Options() with { NodeUrl = "12EayRS2V1kEsWESU9QMRseFhdxYxKicsiFmxrsLZHeLUtdps3S@us1.storj.io:7777" },
            Sandbox.SandboxServer.DemoEmail, Sandbox.SandboxServer.DemoPassword, null, null, default);
        await wrongNode.OpenProjectAsync(demo, Passphrase, default);

        var e = await Assert.ThrowsAsync<IncompleteCreationException>(() => wrongNode.CreateAccessAsync(demo, SandboxFixture.Request("wrong-sat"), null, default));

        Assert.IsType<GrantRejectedException>(e.InnerException);
        Assert.Contains("disallowed satellite", e.Message, StringComparison.Ordinal);
        await wrongNode.AbandonCreationAsync(e.Pending!, default);
        Assert.Empty(await KeysNamedAsync("wrong-sat"));
    }

    [Fact]
    public async Task A_slow_auth_service_within_the_timeout_still_delivers()
    {
        sandbox.Server.Faults.Add(new SandboxFault { PathPrefix = "/v1/access", Latency = TimeSpan.FromMilliseconds(300), Times = 1 });

        var created = await connection.CreateAccessAsync(demo, SandboxFixture.Request("slow-auth"), null, default);

        Assert.NotNull(created.SecretKey);
    }
}
