using System.Text;
using System.Text.Json;

namespace StorjTui.Tests.Cli;

/// <summary>`storj-tui create … --merge aws|rclone|uplink|uplink-default` against the in-process sandbox, in a temp home.</summary>
public sealed class CreateMergeTests : IDisposable
{
    private const string Passphrase = "correct horse battery staple merge";
    private const UnixFileMode Mode0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    private CliResult Create(string? stdin, params string[] args) =>
        _home.RunWithStdin(stdin, ["create", .. args, "--sandbox", "--out", _home.Out]);

    private string HomeFile(params string[] parts) => Path.Join([_home.Root, .. parts]);

    private bool Listed(string name) =>
        _home.Run("access", "list", "--sandbox").Stdout.Split('\n').Any(l => l.EndsWith("  " + name, StringComparison.Ordinal));

    [Fact]
    public void Merge_aws_adds_the_profile_to_both_files_keeps_the_rest_with_backups_and_writes_no_bundle()
    {
        var aws = Directory.CreateDirectory(HomeFile(".aws")).FullName;
        var credentials = "[default]\naws_access_key_id = AKIAOLD\naws_secret_access_key = oldsecret\n";
        File.WriteAllText(Path.Join(aws, "credentials"), credentials);

        var result = Create(Passphrase, "s3", "--name", "prod/backup", "--passphrase-stdin", "--merge", "aws");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal([Path.Join(aws, "credentials"), Path.Join(aws, "config")], result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var merged = File.ReadAllText(Path.Join(aws, "credentials"));
        Assert.StartsWith(credentials, merged, StringComparison.Ordinal);
        Assert.Contains("[prod-backup]\naws_access_key_id = ", merged, StringComparison.Ordinal);
        Assert.Contains("[profile prod-backup]\n", File.ReadAllText(Path.Join(aws, "config")), StringComparison.Ordinal);
        Assert.All(Directory.GetFiles(aws), f => Assert.Equal(Mode0600, File.GetUnixFileMode(f)));
        var backup = Assert.Single(Directory.GetFiles(aws, "credentials.bak-*"));
        Assert.Equal(credentials, File.ReadAllText(backup));
        var line = Assert.Single(result.StderrLines);
        Assert.Equal($"storj-tui: saved as aws CLI profile 'prod-backup' in {Path.Join(aws, "credentials")} and {Path.Join(aws, "config")}; the old file is kept as {backup}.", line);
        var secret = merged.Split('\n').Single(l => l.StartsWith("aws_secret_access_key", StringComparison.Ordinal) && !l.Contains("oldsecret", StringComparison.Ordinal)).Split(" = ")[1];
        Assert.DoesNotContain(secret, result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_home.Out) && Directory.EnumerateFileSystemEntries(_home.Out).Any(), "--merge wrote a bundle file too");
    }

    [Fact]
    public void Merge_rclone_replaces_a_remote_of_that_name_says_so_and_keeps_the_other_remotes()
    {
        var folder = Directory.CreateDirectory(HomeFile(".config", "rclone")).FullName;
        var before = "[local-disk]\ntype = local\n\n[nightly]\ntype = s3\nprovider = Storj\naccess_key_id = OLD\n";
        File.WriteAllText(Path.Join(folder, "rclone.conf"), before);

        var result = Create(Passphrase, "s3", "--name", "nightly", "--passphrase-stdin", "--merge", "rclone");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var conf = File.ReadAllText(Path.Join(folder, "rclone.conf"));
        Assert.StartsWith("[local-disk]\ntype = local\n\n[nightly]\ntype = s3\n", conf, StringComparison.Ordinal);
        Assert.DoesNotContain("access_key_id = OLD", conf, StringComparison.Ordinal);
        Assert.True(Listed("nightly"), "the access list does not show the created access");
        Assert.Contains("rclone remote 'nightly'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("; it replaces the rclone remote that had that name;", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Assert.Single(Directory.GetFiles(folder, "rclone.conf.bak-*"))));
    }

    [Fact]
    public void Merge_uplink_default_saves_the_grant_as_default_and_the_generated_passphrase_in_out()
    {
        var result = Create(null, "access-grant", "--name", "grant-m", "--generate-passphrase", "--merge", "uplink-default", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        // This home sets XDG_CONFIG_HOME, where uplink reads its access.json: the merge writes that one.
        var accessJson = HomeFile("config", "storj", "uplink", "access.json");
        using var summary = JsonDocument.Parse(result.Stdout);
        Assert.Equal("uplink-default", summary.RootElement.GetProperty("merge").GetString());
        Assert.Equal("grant-m", summary.RootElement.GetProperty("profile").GetString());
        Assert.False(summary.RootElement.TryGetProperty("format", out _));
        var files = summary.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Equal(accessJson, files[0]);
        var passphraseFile = Assert.Single(files.Skip(1));
        Assert.StartsWith(Path.Join(_home.Out, "Storj-passphrase-grant-m-"), passphraseFile, StringComparison.Ordinal);
        Assert.Equal(12, File.ReadAllText(passphraseFile).Split(' ').Length);
        using var saved = JsonDocument.Parse(File.ReadAllBytes(accessJson));
        Assert.Equal("grant-m", saved.RootElement.GetProperty("Default").GetString());
        var grant = saved.RootElement.GetProperty("Accesses").GetProperty("grant-m").GetString()!;
        StorjTui.Storj.Grants.AccessGrant.Parse(grant);
        Assert.Equal(Mode0600, File.GetUnixFileMode(accessJson));
        Assert.DoesNotContain(grant, result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"storj-tui: saved as uplink access 'grant-m' in {accessJson}; uplink now uses it when no access is named.", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(HomeFile(".config", "storj", "uplink", "access.json")), "the merge wrote the access.json uplink does not read here");
        Assert.DoesNotContain("warning", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A merge with a generated passphrase saves that passphrase in --out: a checkout there is warned about.</summary>
    [Fact]
    public void Merge_with_a_generated_passphrase_warns_when_out_is_in_a_git_checkout()
    {
        Directory.CreateDirectory(Path.Join(_home.Out, ".git"));

        var result = Create(null, "s3", "--name", "merged-in-repo", "--generate-passphrase", "--merge", "aws");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Single(Directory.GetFiles(_home.Out, "Storj-passphrase-merged-in-repo-*"));
        Assert.Contains($"storj-tui: warning: {_home.Out} is inside the git checkout {_home.Out}", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The aws CLI reads the files its variables name: the merge writes those, says so, and leaves ~/.aws alone.</summary>
    [Fact]
    public void Merge_aws_writes_the_files_AWS_SHARED_CREDENTIALS_FILE_and_AWS_CONFIG_FILE_name()
    {
        var credentials = HomeFile("team", "aws-credentials");
        var config = HomeFile("team", "aws-config");
        _home.Environment["AWS_SHARED_CREDENTIALS_FILE"] = credentials;
        _home.Environment["AWS_CONFIG_FILE"] = config;

        var result = Create(Passphrase, "s3", "--name", "elsewhere", "--passphrase-stdin", "--merge", "aws");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal([credentials, config], result.Stdout.TrimEnd('\n').Split('\n'));
        Assert.Contains("[elsewhere]", File.ReadAllText(credentials), StringComparison.Ordinal);
        Assert.Contains("[profile elsewhere]", File.ReadAllText(config), StringComparison.Ordinal);
        Assert.Equal(Mode0600, File.GetUnixFileMode(credentials));
        Assert.Equal(Mode0600, File.GetUnixFileMode(config));
        Assert.False(Directory.Exists(HomeFile(".aws")), "the merge wrote ~/.aws, which the aws CLI does not read here");
        Assert.Contains($"storj-tui: saved as aws CLI profile 'elsewhere' in {credentials} and {config}.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--merge uplink is for access grants", "s3", "--passphrase-stdin", "--merge", "uplink")]
    [InlineData("--merge aws is for S3 credentials", "access-grant", "--passphrase-stdin", "--merge", "aws")]
    [InlineData("--merge rclone is for S3 credentials", "access-grant", "--passphrase-stdin", "--merge", "rclone")]
    [InlineData("save an api-key with --format txt or json", "api-key", "--merge", "aws")]
    [InlineData("choose --format (a bundle file) or --merge (the tool's own config), not both", "s3", "--passphrase-stdin", "--merge", "aws", "--format", "env")]
    [InlineData("--repository-bucket is for --format restic", "s3", "--passphrase-stdin", "--merge", "aws", "--repository-bucket", "b")]
    public void A_merge_that_does_not_fit_is_refused_before_anything_is_created(string message, string type, params string[] args)
    {
        var result = Create(Passphrase, [type, "--name", "merge-refused", .. args]);

        result.AssertOneLineFailure(exitCode: 2);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.False(Listed("merge-refused"));
        Assert.False(Directory.Exists(HomeFile(".aws")) || Directory.Exists(HomeFile(".config", "rclone")));
    }

    [Fact]
    public void An_unknown_merge_target_is_a_usage_error_naming_the_choices()
    {
        var result = Create(Passphrase, "s3", "--name", "merge-xml", "--passphrase-stdin", "--merge", "s3cmd");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("s3cmd", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("uplink-default", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_config_the_merge_would_refuse_stops_the_run_before_the_key_exists_and_stays_untouched()
    {
        var config = Path.Join(Directory.CreateDirectory(HomeFile(".aws")).FullName, "config");
        byte[] latin1 = [.. Encoding.Latin1.GetBytes("[profile caf\u00e9]\n")];
        File.WriteAllBytes(config, latin1);

        var result = Create(Passphrase, "s3", "--name", "merge-latin1", "--passphrase-stdin", "--merge", "aws");

        result.AssertOneLineFailure();
        Assert.Contains(config, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("was created", result.Stderr, StringComparison.Ordinal);
        Assert.False(Listed("merge-latin1"));
        Assert.Equal(latin1, File.ReadAllBytes(config));
        Assert.Single(Directory.GetFiles(HomeFile(".aws")));
    }
}
