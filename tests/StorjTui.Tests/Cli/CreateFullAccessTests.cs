using System.Text.Json;
using StorjTui.Storj.Grants;

namespace StorjTui.Tests.Cli;

/// <summary>`create --full-access` / `--permissions all` and the Object Lock and notification words, against the sandbox (both switches on).</summary>
public sealed class CreateFullAccessTests : IDisposable
{
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    private CliResult Create(params string[] args) =>
        _home.RunWithStdin(null, ["create", "api-key", .. args, "--format", "json", "--sandbox", "--out", _home.Out]);

    private static Caveat CaveatOf(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(result.Stdout.Trim()));
        return Assert.Single(ApiKey.Parse(json.RootElement.GetProperty("api_key").GetString()!).Caveats);
    }

    [Theory]
    [InlineData("--full-access")]
    [InlineData("--permissions", "all")]
    [InlineData]
    public void Full_access_allows_all_but_bypass_governance_on_every_bucket_with_no_end_date(params string[] choice)
    {
        var caveat = CaveatOf(Create(["--name", "full", .. choice]));

        Assert.False(caveat.DisallowReads || caveat.DisallowWrites || caveat.DisallowLists || caveat.DisallowDeletes);
        Assert.False(caveat.DisallowPutRetention || caveat.DisallowGetRetention || caveat.DisallowPutLegalHold || caveat.DisallowGetLegalHold);
        Assert.False(caveat.DisallowPutBucketObjectLockConfiguration || caveat.DisallowGetBucketObjectLockConfiguration);
        Assert.False(caveat.DisallowPutBucketNotificationConfiguration || caveat.DisallowGetBucketNotificationConfiguration);
        Assert.True(caveat.DisallowBypassGovernanceRetention);
        Assert.Empty(caveat.AllowedPaths);
        Assert.Null(caveat.NotAfter);
    }

    [Fact]
    public void Advanced_words_allow_exactly_the_named_permissions()
    {
        var caveat = CaveatOf(Create("--name", "adv", "--permissions", "read,put-retention,bypass-governance,get-legal-hold,get-lock-config,get-notification"));

        Assert.False(caveat.DisallowReads || caveat.DisallowPutRetention || caveat.DisallowBypassGovernanceRetention);
        Assert.False(caveat.DisallowGetLegalHold || caveat.DisallowGetBucketObjectLockConfiguration || caveat.DisallowGetBucketNotificationConfiguration);
        Assert.True(caveat.DisallowWrites && caveat.DisallowLists && caveat.DisallowDeletes);
        Assert.True(caveat.DisallowGetRetention && caveat.DisallowPutLegalHold && caveat.DisallowPutBucketObjectLockConfiguration);
        Assert.True(caveat.DisallowPutBucketNotificationConfiguration);
    }

    [Fact]
    public void Buckets_without_permissions_mean_advanced_read_write_list_delete()
    {
        var caveat = CaveatOf(Create("--name", "narrow", "--buckets", "photos"));

        Assert.False(caveat.DisallowReads || caveat.DisallowWrites || caveat.DisallowLists || caveat.DisallowDeletes);
        Assert.True(caveat.DisallowPutRetention && caveat.DisallowPutBucketNotificationConfiguration && caveat.DisallowBypassGovernanceRetention);
        Assert.Single(caveat.AllowedPaths);
    }

    [Theory]
    [InlineData("covers every bucket", "--full-access", "--buckets", "photos")]
    [InlineData("covers every bucket", "--permissions", "all", "--not-after", "+7d")]
    [InlineData("'all' alone", "--permissions", "read,all")]
    [InlineData("not both", "--full-access", "--permissions", "read")]
    public void Full_access_with_narrowing_options_is_a_usage_error(string message, params string[] args)
    {
        var result = Create(["--name", "n", .. args]);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void An_unknown_word_names_the_known_ones()
    {
        var result = Create("--name", "n", "--permissions", "read,put-retension");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'put-retension'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("put-retention", result.Stderr, StringComparison.Ordinal);
    }
}
