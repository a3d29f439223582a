using System.Diagnostics;
using System.Text.Json;

namespace StorjTui.Tests.Cli;

/// <summary>
/// `create s3` against an auth service (the sandbox, through faults) that answers with values built to inject into
/// the saved files: refused with a message naming the field, the API key rolled back, nothing written, nothing run.
/// </summary>
public sealed class AnswerInjectionTests : IDisposable
{
    private const string Passphrase = "injection tests passphrase\n";
    private const string KeyId = "jwaqbvlr6zpbcjnfbimfxdqirc4a";
    private const string Secret = "jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta";

    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    [Theory]
    [InlineData("env", "http://x/$(touch pwned)")]
    [InlineData("aws", "http://x/$(touch pwned)")]
    [InlineData("aws", @"https://gw.example.test\ncredential_process = sh -c touch pwned")]
    [InlineData("rclone", @"https://gw.example.test\n[other]\ntype = local")]
    [InlineData("env", @"https://gw.example.test\nAWS_CA_BUNDLE=/tmp/evil")]
    public void A_hostile_endpoint_is_refused_the_key_rolled_back_and_no_file_written(string format, string endpoint)
    {
        var result = Create("hostile", Answer(KeyId, Secret, endpoint), format);

        result.AssertOneLineFailure();
        Assert.Contains("The auth service answered with an endpoint that ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("so it was not used", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("The API key 'hostile' made for it was deleted again, so nothing was created.", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(KeysNamed("hostile"));
        Assert.Empty(PendingFiles());
        Assert.False(Directory.Exists(_home.Out) && Directory.EnumerateFileSystemEntries(_home.Out).Any(), "a file was written");
        Assert.Empty(Directory.GetFiles(_home.Root, "pwned", SearchOption.AllDirectories));
        Assert.False(File.Exists("pwned"));
    }

    [Fact]
    public void A_secret_key_with_a_line_break_is_refused_without_printing_it()
    {
        var secret = Secret[..50] + @"\n[default]";
        var result = Create("bad-secret", Answer(KeyId, secret, "https://gw.example.test"), "aws");

        result.AssertOneLineFailure();
        Assert.Contains("secret_key that is not 53 lowercase base32 characters", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret[..50], result.Stderr, StringComparison.Ordinal);
        Assert.Empty(KeysNamed("bad-secret"));
        Assert.Empty(PendingFiles());
    }

    [Fact]
    public void The_printed_abandon_command_passes_the_exact_name_to_sh()
    {
        const string name = "it's $(touch pwned) `id` \"quoted\" a;b & c | d  e";
        // No endpoint in the answer: the access exists but cannot be saved; it stays unfinished and the message says
        // how to delete its key.
        var result = Create(name, Answer(KeyId, Secret, ""), "env");

        Assert.Equal(1, result.ExitCode);
        var command = Assert.Single(result.StderrLines, l => l.StartsWith("storj-tui create s3 --name ", StringComparison.Ordinal));
        var arguments = RunWithStub(command);
        Assert.Equal(["create", "s3", "--name", name, "--abandon", "--sandbox"], arguments);
        Assert.Empty(Directory.GetFiles(_home.Root, "pwned", SearchOption.AllDirectories));

        // And it works: the key is gone.
        var abandon = _home.Run(arguments);
        Assert.True(abandon.ExitCode == 0, abandon.Stderr);
        Assert.Empty(KeysNamed(name));
    }

    private static string Answer(string keyId, string secret, string endpoint) =>
        $"POST /v1/access status=200 body='{{\"access_key_id\":\"{keyId}\",\"secret_key\":\"{secret}\",\"endpoint\":\"{endpoint}\"}}'";

    private CliResult Create(string name, string faults, string format)
    {
        var environment = new Dictionary<string, string?>(_home.Environment) { ["STORJ_TUI__Sandbox__Faults"] = faults };
        return Cli.Run(new CliSetup { Stdin = Passphrase, Environment = environment },
            "create", "s3", "--name", name, "--passphrase-stdin", "--sandbox", "--out", _home.Out, "--format", format);
    }

    /// <summary>Runs <paramref name="command"/> with /bin/sh, a stub storj-tui first on PATH recording its arguments.</summary>
    private string[] RunWithStub(string command)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_home.Root, "stub-bin")).FullName;
        var stub = Path.Combine(bin, "storj-tui");
        var record = Path.Combine(_home.Root, "arguments");
        File.WriteAllText(stub, "#!/bin/sh\nprintf '%s\\0' \"$@\" > \"$RECORD\"\n");
        File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { WorkingDirectory = _home.Root, RedirectStandardError = true };
        start.Environment["PATH"] = bin + ":/usr/bin:/bin";
        start.Environment["RECORD"] = record;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "sh did not finish");
        Assert.True(process.ExitCode == 0, error);
        return File.ReadAllText(record).Split('\0')[..^1];
    }

    private List<string> KeysNamed(string name)
    {
        var list = _home.Run("access", "list", "--sandbox", "--json");
        Assert.True(list.ExitCode == 0, list.Stderr);
        using var json = JsonDocument.Parse(list.Stdout);
        return json.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Where(n => n == name).ToList();
    }

    private string[] PendingFiles() => Directory.Exists(_home.Paths.PendingFolder) ? Directory.GetFiles(_home.Paths.PendingFolder) : [];
}
