using System.Text;
using System.Text.Json;

namespace StorjTui.Tests.Cli;

/// <summary>
/// Issue 12 §3: what would stop the bundle from being saved, or the auth service from registering, is found before
/// any API key exists: the run fails with a message naming the input, and the project has no new key and no record.
/// </summary>
public sealed class CreatePreCheckTests : IDisposable
{
    private const string Passphrase = "a long enough passphrase";
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    private CliResult Create(string type, string name, string outFolder, params string[] extra) =>
        _home.RunWithStdin(Passphrase, ["create", type, "--name", name, "--passphrase-stdin", "--sandbox", "--out", outFolder, .. extra]);

    private CliResult CreateApiKey(string name, string outFolder) =>
        _home.Run("create", "api-key", "--name", name, "--sandbox", "--out", outFolder);

    private string[] Accesses()
    {
        var list = _home.Run("access", "list", "--sandbox", "--json");
        Assert.True(list.ExitCode == 0, list.Stderr);
        using var json = JsonDocument.Parse(list.Stdout);
        return json.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToArray();
    }

    private string[] PendingRecords() =>
        Directory.Exists(_home.Paths.PendingFolder) ? Directory.GetFiles(_home.Paths.PendingFolder) : [];

    private void AssertNothingCreated(CliResult result, string name, string mentions)
    {
        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains(mentions, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("was created but", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(name, Accesses());
        Assert.Empty(PendingRecords());
    }

    [Fact]
    public void An_out_folder_that_is_a_file_is_refused_before_the_key_exists()
    {
        Directory.CreateDirectory(_home.Root);
        var file = Path.Combine(_home.Root, "a-file");
        File.WriteAllText(file, "x");

        AssertNothingCreated(CreateApiKey("into-file", file), "into-file", $"{file} is a file");
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void An_out_folder_under_a_file_is_refused_before_the_key_exists()
    {
        var file = Path.Combine(_home.Root, "a-file");
        File.WriteAllText(file, "x");

        AssertNothingCreated(CreateApiKey("under-file", Path.Combine(file, "sub", "dir")), "under-file", $"{file} is a file");
    }

    [Fact]
    public void An_out_folder_where_nothing_can_be_written_is_refused_before_the_key_exists()
    {
        // Even root cannot create files in /proc: the test write fails there.
        AssertNothingCreated(CreateApiKey("proc", "/proc/self/storj-tui-out"), "proc", "/proc/self");
    }

    [Fact]
    public void A_console_acceptable_japanese_name_is_saved_under_a_file_name_within_255_bytes()
    {
        var name = string.Concat(Enumerable.Repeat("日本語の名前です", 9))[..70];

        var result = CreateApiKey(name, _home.Out);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var file = Assert.Single(Directory.GetFiles(_home.Out));
        Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(file)) <= 255, file);
        Assert.StartsWith("Storj-API-Key-日本語", Path.GetFileName(file), StringComparison.Ordinal);
        Assert.EndsWith("Z.txt", file, StringComparison.Ordinal);
        Assert.Contains(name, Accesses());
        Assert.Empty(PendingRecords());
    }

    [Fact]
    public void S3_credentials_ending_within_a_minute_are_refused_before_the_key_exists()
    {
        AssertNothingCreated(Create("s3", "brief", _home.Out, "--not-after", "+1m"), "brief", "at least 2 minutes");
    }

    [Fact]
    public void A_bundle_that_cannot_be_written_after_creation_leaves_a_resumable_record_not_an_orphan()
    {
        // The checks cannot know the file name (it holds the satellite's creation time), so a file already there
        // under that exact name makes the write fail only after the key exists.
        var clock = new CliSetup { Clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)) };
        Directory.CreateDirectory(_home.Out);
        var blocker = Path.Combine(_home.Out, "Storj-API-Key-raced-2026-01-01T12_00_00.000Z.txt");
        File.WriteAllText(blocker, "keep me");

        var failed = _home.Run(clock, "create", "api-key", "--name", "raced", "--sandbox", "--out", _home.Out);

        Assert.True(failed.ExitCode == 1, failed.Stderr);
        Assert.Equal("keep me", File.ReadAllText(blocker));
        Assert.Contains("--resume", failed.Stderr, StringComparison.Ordinal);
        Assert.Contains("--abandon", failed.Stderr, StringComparison.Ordinal);
        Assert.Single(PendingRecords());
        var listed = _home.Run(clock, "create", "api-key", "--name", "other", "--sandbox", "--out", Path.Combine(_home.Root, "other"));
        Assert.Contains("create api-key --name 'raced' --resume", listed.Stderr, StringComparison.Ordinal);

        var abandoned = _home.Run(clock, "create", "api-key", "--name", "raced", "--abandon", "--sandbox");

        Assert.True(abandoned.ExitCode == 0, abandoned.Stderr);
        Assert.DoesNotContain("raced", Accesses());
        Assert.Empty(PendingRecords());
    }

    [Fact]
    public void A_saved_bundle_leaves_no_record()
    {
        var result = Create("access-grant", "delivered", _home.Out);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Single(Directory.GetFiles(_home.Out));
        Assert.Empty(PendingRecords());
    }
}
