using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;

namespace StorjTui.Tests.Cli;

/// <summary>Creations an interrupted run left behind: `create` reports them and can resume or abandon them.</summary>
public sealed class PendingCreationTests : IDisposable
{
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    private async Task<(PendingCreationStore Store, string Backend, string ProjectId)> LeaveUnfinishedAsync(string name)
    {
        // A first run creates the sandbox's state; its node URL is the pending store's back-end key.
        var first = _home.Run("create", "api-key", "--name", "first", "--sandbox", "--out", _home.Out, "--json");
        Assert.True(first.ExitCode == 0, first.Stderr);
        string projectId;
        using (var json = JsonDocument.Parse(first.Stdout))
        {
            projectId = json.RootElement.GetProperty("project_id").GetString()!;
        }
        string backend;
        await using (var server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = _home.Paths.SandboxFolder, PendingFolder = _home.Paths.PendingFolder }))
        {
            backend = server.SatelliteNodeUrl;
        }
        var store = new PendingCreationStore(_home.Paths.PendingFolder);
        store.Add(backend, projectId, "Demo project", name, AccessType.AccessGrant, DateTimeOffset.UtcNow.AddMinutes(-5));
        return (store, backend, projectId);
    }

    [Fact]
    public async Task Create_reports_a_leftover_and_resume_finishes_it()
    {
        var (store, backend, _) = await LeaveUnfinishedAsync("interrupted");

        var other = _home.Run("create", "api-key", "--name", "other", "--sandbox", "--out", _home.Out);
        Assert.Equal(0, other.ExitCode);
        Assert.Contains("'interrupted'", other.Stderr, StringComparison.Ordinal);
        Assert.Contains("create access-grant --name 'interrupted' --resume", other.Stderr, StringComparison.Ordinal);
        Assert.Contains("--abandon", other.Stderr, StringComparison.Ordinal);

        var resumed = _home.Run("create", "access-grant", "--name", "interrupted", "--generate-passphrase", "--resume", "--sandbox", "--out", _home.Out);
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.Empty(store.List(backend));
        Assert.Contains("interrupted", _home.Run("access", "list", "--sandbox").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_with_another_type_names_the_type_to_use_and_keeps_the_record()
    {
        var (store, backend, _) = await LeaveUnfinishedAsync("interrupted");

        var result = _home.Run("create", "api-key", "--name", "interrupted", "--resume", "--sandbox", "--out", _home.Out);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("storj-tui: --resume: the unfinished creation of 'interrupted' is Access Grant, not API Key: " +
            "resume it with 'storj-tui create access-grant --name ... --resume'.", result.ErrorLines);
        Assert.DoesNotContain("Parameter", result.Stderr, StringComparison.Ordinal);
        Assert.Single(store.List(backend));
    }

    [Fact]
    public async Task Many_leftovers_are_summarised_after_a_few_lines()
    {
        var (store, backend, projectId) = await LeaveUnfinishedAsync("left-0");
        for (var i = 1; i < 12; i++)
        {
            store.Add(backend, projectId, "Demo project", $"left-{i}", AccessType.AccessGrant, DateTimeOffset.UtcNow.AddMinutes(-5 + i));
        }

        var result = _home.Run("create", "api-key", "--name", "fresh", "--sandbox", "--out", _home.Out);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.StderrLines.Where(l => l.Contains("left-", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count <= 4, string.Join('\n', lines));
        Assert.Contains(lines, l => l.Contains("and 9 more unfinished creations", StringComparison.Ordinal) && l.Contains("'left-11'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Abandon_drops_the_leftover()
    {
        var (store, backend, _) = await LeaveUnfinishedAsync("dropped");

        var result = _home.Run("create", "access-grant", "--name", "dropped", "--abandon", "--sandbox");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Empty(store.List(backend));
        Assert.Equal(1, _home.Run("create", "access-grant", "--name", "dropped", "--abandon", "--sandbox").ExitCode);
    }
}
