using StorjTui.Core.Access;
using StorjTui.Storj.Grants;
using StorjTui.Storj.Tests.Grants;

namespace StorjTui.Tests.Cli;

public sealed class AccessRestrictTests
{
    private static readonly AccessGrant Parent = AccessGrant.Parse(Vectors.InspectGrant);

    private static AccessGrant Restrict(params string[] options) => Restrict(new CliSetup(), options);

    private static AccessGrant Restrict(CliSetup setup, params string[] options)
    {
        // The grant comes on stdin: as an argument it would (rightly) add the process-list warning to stderr.
        var result = Cli.Run(new CliSetup { Stdin = Vectors.InspectGrant, Environment = setup.Environment, Clock = setup.Clock, Terminal = setup.Terminal },
            ["access", "restrict", "-", .. options]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("", result.Stderr);
        Assert.EndsWith("\n", result.Stdout, StringComparison.Ordinal);
        return AccessGrant.Parse(result.Stdout);
    }

    private static Caveat OnlyNewCaveat(AccessGrant restricted)
    {
        Assert.True(restricted.ApiKey.Macaroon.Extends(Parent.ApiKey.Macaroon), "the new key must chain from the parent's tail");
        return Assert.Single(restricted.ApiKey.Caveats);
    }

    private static Permissions Allowed(Caveat c) =>
        (c.DisallowReads ? 0 : Permissions.Read) | (c.DisallowWrites ? 0 : Permissions.Write)
        | (c.DisallowLists ? 0 : Permissions.List) | (c.DisallowDeletes ? 0 : Permissions.Delete);

    [Fact]
    public void Readonly_is_the_default_as_in_uplink()
    {
        var caveat = OnlyNewCaveat(Restrict());
        Assert.Equal(Permissions.Read | Permissions.List, Allowed(caveat));
        Assert.True(caveat.DisallowLocks);
        Assert.Equal(4, caveat.Nonce.Length);
        Assert.Null(caveat.NotBefore);
        Assert.Null(caveat.NotAfter);
        Assert.Empty(caveat.AllowedPaths);
    }

    [Theory]
    [InlineData(Permissions.Read | Permissions.Write | Permissions.List, "--readonly=false", "--disallow-deletes")]
    [InlineData(Permissions.Read | Permissions.Write | Permissions.List, "--readonly", "false", "--disallow-deletes")]
    [InlineData(Permissions.Write | Permissions.Delete, "--readonly=false", "--writeonly")]
    [InlineData(Permissions.Read | Permissions.List | Permissions.Delete, "--disallow-deletes=false")]
    [InlineData(Permissions.Write | Permissions.List | Permissions.Delete, "--readonly=false", "--disallow-reads")]
    [InlineData(Permissions.Read | Permissions.Write | Permissions.Delete, "--readonly=false", "--disallow-lists=true")]
    public void Permission_flags_combine_like_uplinks(Permissions expected, params string[] options)
    {
        Assert.Equal(expected, Allowed(OnlyNewCaveat(Restrict(options))));
    }

    [Fact]
    public void Restricting_nothing_prints_the_same_grant()
    {
        var result = Cli.Run("access", "restrict", "--readonly=false", "--access", Vectors.InspectGrant);
        Assert.Equal((0, Vectors.InspectGrant + "\n"), (result.ExitCode, result.Stdout));
    }

    [Fact]
    public void Prefixes_times_and_ttl_go_into_the_caveat_and_the_store_is_limited()
    {
        var now = new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero);
        var setup = new CliSetup { Clock = new FixedClock(now) };
        var restricted = Restrict(setup,
            "--prefix", "sj://photos/2024/", "--prefix", "sj://docs",
            "--not-before", "now", "--not-after", "2030-01-01T00:00:00Z", "--max-object-ttl", "720h");

        var caveat = OnlyNewCaveat(restricted);
        Assert.Equal(now, caveat.NotBefore);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), caveat.NotAfter);
        Assert.Equal(TimeSpan.FromHours(720), caveat.MaxObjectTtl);
        Assert.Equal(["photos", "docs"], caveat.AllowedPaths.Select(p => System.Text.Encoding.UTF8.GetString(p.Bucket)));
        // The encrypted prefix decrypts with the parent's key back to what was asked (trailing '/' trimmed).
        Assert.Equal("2024", Parent.EncryptionAccess.DecryptPath("photos", caveat.AllowedPaths[0].EncryptedPathPrefix));
        Assert.False(restricted.EncryptionAccess.HasDefaultKey);
        Assert.Equal(2, restricted.EncryptionAccess.StoreEntries.Count);
    }

    [Fact]
    public void Relative_times_count_from_the_clock()
    {
        var now = new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero);
        var caveat = OnlyNewCaveat(Restrict(new CliSetup { Clock = new FixedClock(now) }, "--not-after", "+2h30m", "--not-before", "-1h"));
        Assert.Equal(now.AddHours(2.5), caveat.NotAfter);
        Assert.Equal(now.AddHours(-1), caveat.NotBefore);
    }

    [Theory]
    [InlineData("--not-after", "tomorrow", "--not-after")]
    [InlineData("--not-after", "2026-13-01", "--not-after")]
    [InlineData("--not-before", "+5x", "--not-before")]
    [InlineData("--not-after", "30m", "ambiguous")]
    [InlineData("--max-object-ttl", "forever", "--max-object-ttl")]
    [InlineData("--max-object-ttl", "0s", "TTL")]
    [InlineData("--prefix", "photos", "sj://")]
    [InlineData("--prefix", "sj://", "sj://")]
    public void Bad_values_fail_with_one_line(string option, string value, string mentions)
    {
        var result = Cli.Run("access", "restrict", Vectors.InspectGrant, option, value);
        result.AssertOneLineFailure();
        Assert.Contains(mentions, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_before_the_start_or_no_permission_left_fails_with_one_line()
    {
        Cli.Run("access", "restrict", Vectors.InspectGrant, "--not-before", "2030-01-01T00:00:00Z", "--not-after", "2029-01-01T00:00:00Z").AssertOneLineFailure();
        var nothing = Cli.Run("access", "restrict", Vectors.InspectGrant, "--writeonly");
        nothing.AssertOneLineFailure();
        Assert.Contains("allow nothing", nothing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grant_both_as_argument_and_with_access_is_a_usage_error()
    {
        Cli.Run("access", "restrict", Vectors.InspectGrant, "--access", Vectors.InspectGrant).AssertOneLineFailure(exitCode: 2);
    }

    [Fact]
    public void Help_says_readonly_is_on_by_default_and_recommends_safe_secret_input()
    {
        var help = Cli.Run("access", "restrict", "--help").Stdout;
        Assert.Contains("On by default", help, StringComparison.Ordinal);
        Assert.Contains("shared machines", help, StringComparison.Ordinal);
    }
}
