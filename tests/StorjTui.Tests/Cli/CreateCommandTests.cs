using System.Text.Json;
using System.Text.RegularExpressions;
using StorjTui.Storj.Grants;

namespace StorjTui.Tests.Cli;

/// <summary>`storj-tui create` end to end against the in-process sandbox, in a temp home.</summary>
public sealed partial class CreateCommandTests : IDisposable
{
    private const string Passphrase = "correct horse battery staple again";
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    private CliResult Create(string? stdin, params string[] args) =>
        _home.RunWithStdin(stdin, ["create", .. args, "--sandbox", "--out", _home.Out]);

    [Fact]
    public void S3_credentials_are_saved_in_the_consoles_layout_as_a_private_file()
    {
        var result = Create(Passphrase + "\n", "s3", "--name", "backup", "--passphrase-stdin");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("", result.Stderr);
        string file = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(Path.Combine(_home.Out, "Storj-S3-Credentials-backup-"), file, StringComparison.Ordinal);
        Assert.EndsWith(".txt", file, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_home.Out));
        Assert.Matches(ConsoleLayout(), File.ReadAllText(file));
        Assert.Contains("backup", _home.Run("access", "list", "--sandbox").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_into_a_git_checkout_warns_on_stderr_and_still_saves()
    {
        Directory.CreateDirectory(Path.Combine(_home.Out, ".git"));

        var result = Create(Passphrase + "\n", "s3", "--name", "in-repo", "--passphrase-stdin");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"is inside the git checkout {_home.Out}", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_access_grant_with_a_generated_passphrase_saves_both_and_json_shows_no_secret()
    {
        var result = Create(null, "access-grant", "--name", "grant-1", "--generate-passphrase", "--json", "--permissions", "read,list", "--buckets", "photos", "--not-after", "+7d");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("grant-1", root.GetProperty("name").GetString());
        Assert.Equal("access-grant", root.GetProperty("type").GetString());
        Assert.Equal(["read", "list"], root.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["photos"], root.GetProperty("buckets").EnumerateArray().Select(p => p.GetString()));
        Assert.NotEqual(JsonValueKind.Null, root.GetProperty("expires").ValueKind);
        var files = root.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Equal(2, files.Count);
        string grantText = File.ReadAllText(files.Single(f => f.Contains("Access-Grant", StringComparison.Ordinal)));
        string passphrase = File.ReadAllText(files.Single(f => f.Contains("passphrase", StringComparison.Ordinal)));
        Assert.Equal(12, passphrase.Split(' ').Length);
        var grant = AccessGrant.Parse(grantText);
        var caveat = Assert.Single(grant.ApiKey.Caveats);
        Assert.True(caveat.DisallowWrites && caveat.DisallowDeletes && !caveat.DisallowReads && !caveat.DisallowLists);
        Assert.DoesNotContain(grantText, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, result.Stdout, StringComparison.Ordinal);
        foreach (var file in files)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void An_api_key_saved_as_json_holds_the_key_and_satellite()
    {
        var result = Create(null, "api-key", "--name", "key-1", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(result.Stdout.Trim()));
        ApiKey.Parse(json.RootElement.GetProperty("api_key").GetString()!);
        Assert.Contains("@", json.RootElement.GetProperty("satellite").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_project_passphrase_can_be_the_current_passphrase_and_a_managed_project_needs_none()
    {
        Assert.Equal(0, Create(Passphrase, "s3", "--name", "current", "--current-passphrase").ExitCode);
        var managed = Create(null, "s3", "--name", "managed", "--project", "Managed project");
        Assert.True(managed.ExitCode == 0, managed.Stderr);
    }

    [Fact]
    public void The_flows_whole_draft_validation_reports_every_problem_and_exits_1()
    {
        Assert.Equal(0, Create(Passphrase, "s3", "--name", "taken", "--passphrase-stdin").ExitCode);

        var result = Create("   ", "s3", "--name", "taken", "--passphrase-stdin", "--permissions", "read", "--not-after", "2001-01-01");

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.StderrLines.Length >= 3, result.Stderr);
        Assert.Contains("in use", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("passphrase", result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", result.Stdout);
        Assert.False(Directory.Exists(_home.Out) && Directory.GetFiles(_home.Out).Length > 1, "no bundle for credentials that were not created");
    }

    [Theory]
    [InlineData(1, "--name", "n", "--passphrase-stdin", "--not-after", "soon")]
    [InlineData(1, "--name", "n", "--passphrase-stdin", "--permissions", "read,fly")]
    [InlineData(1, "--name", "n", "--passphrase-stdin", "--buckets", "no-such-bucket")]
    [InlineData(1, "--name", "n", "--passphrase-stdin", "--project", "No such project")]
    [InlineData(1, "--name", "", "--passphrase-stdin")]
    [InlineData(2, "--name", "n")]
    [InlineData(2, "--name", "n", "--passphrase-stdin", "--generate-passphrase")]
    [InlineData(2, "--name", "n", "--passphrase-stdin", "--format", "xml")]
    [InlineData(2, "--passphrase-stdin")]
    public void Bad_input_fails_with_a_message_and_the_documented_exit_code(int exitCode, params string[] args)
    {
        var result = Create(Passphrase, ["s3", .. args]);
        Assert.True(result.ExitCode == exitCode, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.StartsWith("storj-tui: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Formats_other_than_txt_and_json_are_only_for_s3()
    {
        var result = Create(null, "api-key", "--name", "k", "--format", "aws");
        result.AssertOneLineFailure(exitCode: 2);
    }

    [Fact]
    public void S3_in_a_sandbox_with_no_gateway_setting_gets_the_sandboxs_own_gateway_as_endpoint()
    {
        using var home = new SandboxHome(withGateway: false);
        var result = home.RunWithStdin(Passphrase, "create", "s3", "--name", "n", "--passphrase-stdin", "--sandbox", "--out", home.Out);
        Assert.True(result.ExitCode == 0, result.Stderr);
        string file = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"\nEndpoint:\nhttp://127\.0\.0\.1:[0-9]+/\z", File.ReadAllText(file));
    }

    [Fact]
    public void Without_sandbox_or_login_it_says_to_log_in()
    {
        var result = _home.RunWithStdin(Passphrase, "create", "s3", "--name", "n", "--passphrase-stdin");
        result.AssertOneLineFailure(exitCode: 2);
        Assert.Contains("login", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_write_their_files()
    {
        var aws = Create(Passphrase, "s3", "--name", "aws-1", "--passphrase-stdin", "--format", "aws");
        Assert.True(aws.ExitCode == 0, aws.Stderr);
        Assert.Equal(2, aws.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var env = Create(Passphrase, "s3", "--name", "env-1", "--passphrase-stdin", "--format", "env");
        Assert.Contains("AWS_SECRET_ACCESS_KEY", File.ReadAllText(env.Stdout.Trim()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docker", ".docker.env", "AWS_ENDPOINT_URL=http://127.0.0.1:9/\n")]
    [InlineData("k8s", ".k8s-secret.yaml", "kind: Secret\n")]
    [InlineData("s3fs", ".passwd-s3fs", ":")]
    public void Server_formats_write_one_private_file(string format, string extension, string content)
    {
        var result = Create(Passphrase, "s3", "--name", "srv-" + format, "--passphrase-stdin", "--format", format);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var file = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith(extension, file, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Contains(content, File.ReadAllText(file), StringComparison.Ordinal);
        var secret = format == "s3fs" ? File.ReadAllText(file).Split(':')[1].Trim() : "";
        if (format == "s3fs")
        {
            // The mount line goes to stderr (stdout stays the file list), with the file and the endpoint, never the key.
            Assert.Equal(
                $"storj-tui: Mount with: s3fs BUCKET MOUNTPOINT -o 'passwd_file={file},url=http://127.0.0.1:9/,use_path_request_style'\n",
                result.Stderr);
            Assert.DoesNotContain(secret, result.Stderr + result.Stdout, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("", result.Stderr);
        }
    }

    [Fact]
    public void Restic_repository_goes_into_the_bucket_given_with_repository_bucket()
    {
        var result = Create(Passphrase, "s3", "--name", "restic-1", "--passphrase-stdin", "--format", "restic", "--repository-bucket", "backups");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var file = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith(".restic.env", file, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Contains("RESTIC_REPOSITORY='s3:http://127.0.0.1:9/backups/restic'\n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--repository-bucket NAME", "--format", "restic")]
    [InlineData("not a bucket name", "--format", "restic", "--repository-bucket", "Not_A_Bucket")]
    [InlineData("--repository-bucket is for --format restic", "--format", "env", "--repository-bucket", "backups")]
    public void Restic_without_a_usable_bucket_is_refused_before_anything_is_created(string message, params string[] args)
    {
        var result = Create(Passphrase, ["s3", "--name", "restic-refused", "--passphrase-stdin", .. args]);

        result.AssertOneLineFailure(exitCode: 2);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("restic-refused", _home.Run("access", "list", "--sandbox").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_access_grant_saved_for_uplink_is_the_grant_alone_and_s3_cannot_use_that_format()
    {
        var result = Create(null, "access-grant", "--name", "uplink-1", "--generate-passphrase", "--format", "uplink");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var file = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(f => f.EndsWith(".uplink-access", StringComparison.Ordinal));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var text = File.ReadAllText(file);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        AccessGrant.Parse(text.TrimEnd('\n'));

        var s3 = Create(Passphrase, "s3", "--name", "uplink-s3", "--passphrase-stdin", "--format", "uplink");
        s3.AssertOneLineFailure(exitCode: 2);
        Assert.Contains("--format uplink is for access grants", s3.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\AAccess Key:\n[a-z2-7]{28}\n\nSecret Key:\n[a-z2-7]{53}\n\nEndpoint:\nhttp://127\.0\.0\.1:9/\z")]
    private static partial Regex ConsoleLayout();
}
