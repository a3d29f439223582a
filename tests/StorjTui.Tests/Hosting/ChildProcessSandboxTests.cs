using System.Diagnostics;
using StorjTui.Hosting;
using StorjTui.Sandbox;

namespace StorjTui.Tests.Hosting;

/// <summary>
/// The parent's side of the child sandbox against stand-in children (shell scripts): every way a child can fail or
/// misbehave ends in one clear message, bounded reading and no child left running.
/// </summary>
public sealed class ChildProcessSandboxTests : IDisposable
{
    private const string Ready = """{"BaseUrl":"http://127.0.0.1:9/","SatelliteNodeUrl":"1node@sandbox.invalid:7777","DemoRestKey":"k","Banner":"the banner"}""";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SandboxOptions Options => new() { DataFolder = _folder.Sub("sandbox") };

    /// <summary>A child that runs <paramref name="script"/> in sh; $$ is its pid, written to pid-file first.</summary>
    private SandboxExecutable Child(string script) =>
        new("/bin/sh", ["-c", $"echo $$ > '{_folder.Sub("pid")}'; {script}"], "/bin/sh");

    private Task<ChildProcessSandbox> StartAsync(string script, ListLogger? log = null, double startSeconds = 20) =>
        ChildProcessSandbox.StartAsync(Child(script), Options, log, TimeSpan.FromSeconds(startSeconds), default);

    private async Task<SandboxStartException> FailsAsync(string script, ListLogger? log = null, double startSeconds = 20)
    {
        var e = await Assert.ThrowsAsync<SandboxStartException>(() => StartAsync(script, log, startSeconds));
        AssertChildGone();
        return e;
    }

    private void AssertChildGone()
    {
        int pid = int.Parse(File.ReadAllText(_folder.Sub("pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(IsRunning(pid), $"the child {pid} is still running");
    }

    internal static bool IsRunning(int pid)
    {
        // A zombie has exited; only its entry waits for its parent.
        string stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && File.ReadAllText(stat).Split(") ")[^1][0] != 'Z';
    }

    [Fact]
    public async Task A_missing_executable_is_named_with_how_to_get_it()
    {
        string path = _folder.Sub("storj-tui-sandbox");

        var e = await Assert.ThrowsAsync<SandboxStartException>(() => ChildProcessSandbox.StartAsync(SandboxExecutable.At(path), Options, null, TimeSpan.FromSeconds(5), default));

        Assert.Equal($"The sandbox cannot start: {path} is missing. {SandboxExecutable.HowToGet}", e.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_executable_is_named()
    {
        string path = _folder.Sub("storj-tui-sandbox");
        await File.WriteAllTextAsync(path, "#!/bin/sh\n");

        var e = await Assert.ThrowsAsync<SandboxStartException>(() => ChildProcessSandbox.StartAsync(SandboxExecutable.At(path), Options, null, TimeSpan.FromSeconds(5), default));

        Assert.StartsWith($"The sandbox cannot start: {path} is not executable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_childs_own_message_is_the_message_when_it_cannot_start()
    {
        var e = await FailsAsync("""read request; echo '{"Error":"Another storj-tui sandbox is already running on /d."}'; exit 1""");

        Assert.Equal("Another storj-tui sandbox is already running on /d.", e.Message);
    }

    [Fact]
    public async Task A_child_that_ends_without_a_line_is_reported_with_its_exit_code_and_last_words()
    {
        var log = new ListLogger();

        var e = await FailsAsync("echo 'first words' >&2; echo 'last words' >&2; exit 3", log);

        Assert.Equal("The sandbox (/bin/sh) stopped before it was ready (exit code 3): last words", e.Message);
        Assert.Contains("storj-tui-sandbox: first words", log.Messages);
    }

    [Theory]
    [InlineData("echo 'Unhandled exception. System.Exception: boom'; cat > /dev/null", "not its ready line")]
    [InlineData("""echo '{"BaseUrl":"http://storj.example.com/","SatelliteNodeUrl":"n","Banner":"b"}'; cat > /dev/null""", "without a loopback URL")]
    [InlineData("""echo '{"BaseUrl":"http://127.0.0.1:9/","Unexpected":1}'; cat > /dev/null""", "not its ready line")]
    [InlineData("printf 'no line end'", "unfinished line")]
    public async Task Anything_but_a_ready_line_is_refused_with_a_clear_message(string script, string says)
    {
        var e = await FailsAsync(script);

        Assert.StartsWith("The sandbox (/bin/sh) answered ", e.Message, StringComparison.Ordinal);
        Assert.Contains(says, e.Message, StringComparison.Ordinal);
        Assert.Contains(SandboxExecutable.HowToGet, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endless_output_is_refused_after_the_line_limit()
    {
        var watch = Stopwatch.StartNew();

        var e = await FailsAsync("yes | tr -d '\\n'");

        Assert.Contains("more than 64 KiB without a line end", e.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_child_that_never_answers_is_stopped_after_the_start_limit()
    {
        var e = await FailsAsync("sleep 60", startSeconds: 1);

        Assert.Equal("The sandbox (/bin/sh) did not start within 1 seconds; the log has its messages.", e.Message);
    }

    [Fact]
    public async Task A_ready_child_logs_to_the_app_log_and_stops_when_its_stdin_closes()
    {
        var log = new ListLogger();
        // Stops by itself once stdin ends (cat), and says so.
        var sandbox = await StartAsync($"read request; echo 'hook failed' >&2; echo '{Ready}'; cat > /dev/null; echo 'stdin ended' >&2", log);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), sandbox.BaseUrl);
        Assert.Equal("the banner", sandbox.Banner);
        Assert.False(sandbox.Stopped.IsCompleted);

        var watch = Stopwatch.StartNew();
        await sandbox.DisposeAsync();

        Assert.True(watch.Elapsed < ChildProcessSandbox.StopLimit, $"took {watch.Elapsed}");
        Assert.Equal(["storj-tui-sandbox: hook failed", "storj-tui-sandbox: stdin ended"], log.Messages);
        AssertChildGone();
    }

    [Fact]
    public async Task A_child_that_ignores_its_closed_stdin_is_killed_after_the_stop_limit()
    {
        var sandbox = await StartAsync($"trap '' TERM INT HUP; echo '{Ready}'; exec sleep 60");

        var watch = Stopwatch.StartNew();
        await sandbox.DisposeAsync();

        Assert.InRange(watch.Elapsed, ChildProcessSandbox.StopLimit - TimeSpan.FromSeconds(1), ChildProcessSandbox.StopLimit + TimeSpan.FromSeconds(10));
        AssertChildGone();
    }

    [Fact]
    public async Task The_start_request_reaches_the_child_on_its_stdin()
    {
        string request = _folder.Sub("request");

        await using var sandbox = await StartAsync($"read line; printf '%s' \"$line\" > '{request}'; echo '{Ready}'; cat > /dev/null");

        Assert.Contains($"\"DataFolder\":\"{Options.DataFolder}\"", await File.ReadAllTextAsync(request), StringComparison.Ordinal);
    }
}
