using StorjTui.Core.Access;
using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

public class BundleFileNamesTests
{
    [Theory]
    [InlineData("prod/backup", "prod_backup")]
    [InlineData("a\\b:c*d?e\"f<g>h|i", "a_b_c_d_e_f_g_h_i")]
    [InlineData("tab\there\u0001\u007f", "tab_here__")]
    [InlineData("../../etc/passwd", ".._.._etc_passwd")]
    [InlineData("naïve café", "naïve café")]
    public void Sanitize_replaces_illegal_and_control_characters(string name, string expected)
    {
        Assert.Equal(expected, BundleFileNames.Sanitize(name));
    }

    [Fact]
    public void Base_name_follows_the_console_pattern()
    {
        Assert.Equal(
            "Storj-S3-Credentials-prod_backup-2026-01-01T12_00_00.123Z",
            BundleFileNames.BaseName(AccessType.S3Credentials, "prod/backup", new DateTimeOffset(2026, 1, 1, 13, 0, 0, 123, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Iso_timestamp_is_utc_with_milliseconds_like_toISOString()
    {
        Assert.Equal("2026-01-01T12:00:00.000Z", BundleFileNames.IsoTimestamp(new DateTimeOffset(2026, 1, 1, 7, 0, 0, TimeSpan.FromHours(-5))));
    }

    [Theory]
    [InlineData("my-access", "my-access")]
    [InlineData("prod/backup", "prod-backup")]
    [InlineData("my access (1)", "my-access-1")]
    [InlineData("default", "storj-default")]
    [InlineData("[x]", "x")]
    [InlineData("   ", "storj")]
    [InlineData("ünïcode", "n-code")]
    public void Profile_names_are_valid_section_names(string name, string expected)
    {
        Assert.Equal(expected, ProfileNames.FromAccessName(name));
    }

    [Theory]
    [InlineData("~", "/home/alice")]
    [InlineData("~/creds", "/home/alice/creds")]
    [InlineData("/srv/creds", "/srv/creds")]
    public void Tilde_expands_to_the_home_folder(string typed, string expected)
    {
        Assert.Equal(expected, UserPaths.Expand(typed, "/home/alice"));
    }

    [Fact]
    public void Tilde_user_and_empty_paths_are_refused()
    {
        Assert.Equal(BundleWriteFailure.BadName, Assert.Throws<BundleWriteException>(() => UserPaths.Expand("~bob/x", "/home/alice")).Failure);
        Assert.Equal(BundleWriteFailure.BadName, Assert.Throws<BundleWriteException>(() => UserPaths.Expand("", "/home/alice")).Failure);
    }
}
