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

    [Theory]
    [InlineData("rtl\u202Egpj.exe", "rtl_gpj.exe")]
    [InlineData("a\u202Ab\u202Bc\u202Cd\u202De", "a_b_c_d_e")]
    [InlineData("x\u2066y\u2067z\u2068w\u2069", "x_y_z_w_")]
    [InlineData("zero\u200Bwidth\u200C\u200D\u200E\u200F", "zero_width____")]
    [InlineData("bom\uFEFF", "bom_")]
    [InlineData("arabic\u061Cmark", "arabic_mark")]
    [InlineData("word\u2060joiner\u2061\u2064", "word_joiner__")]
    [InlineData("soft\u00ADhyphen", "soft_hyphen")]
    [InlineData("line\u2028para\u2029", "line_para_")]
    [InlineData("c1\u0085\u009B", "c1__")]
    public void Sanitize_replaces_bidi_overrides_and_zero_width_characters(string name, string expected)
    {
        Assert.Equal(expected, BundleFileNames.Sanitize(name));
    }

    [Fact]
    public void A_spoofing_name_cannot_hide_the_real_extension()
    {
        var name = BundleFileNames.BaseName(AccessType.S3Credentials, "rtl\u202Egpj.exe", new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)) + ".txt";

        Assert.Equal("Storj-S3-Credentials-rtl_gpj.exe-2026-01-01T12_00_00.000Z.txt", name);
    }

    [Fact]
    public void Seventy_japanese_characters_get_file_names_within_255_bytes_keeping_time_stamp_and_extension()
    {
        var accessName = string.Concat(Enumerable.Repeat("日本語の名前です", 9))[..70]; // 70 characters, 210 bytes
        var at = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

        var baseName = BundleFileNames.BaseName(AccessType.S3Credentials, accessName, at);
        var passphrase = BundleFileNames.PassphraseFileName(accessName, at);

        foreach (var extension in new[] { ".txt", ".env", ".json", ".aws-credentials", ".aws-config", ".rclone.conf" })
        {
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(baseName + extension) <= 255, baseName + extension);
        }
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(passphrase) <= 255, passphrase);
        Assert.StartsWith("Storj-S3-Credentials-日本語", baseName, StringComparison.Ordinal);
        Assert.EndsWith("-2026-01-01T12_00_00.000Z", baseName, StringComparison.Ordinal);
        Assert.EndsWith("-2026-01-01T12_00_00.000Z.txt", passphrase, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', baseName);
        // Cut between characters, and only as much as needed.
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(baseName + ".aws-credentials") > 252, baseName);
    }

    [Fact]
    public void Names_that_fit_are_not_shortened()
    {
        var accessName = new string('a', 100);
        var baseName = BundleFileNames.BaseName(AccessType.S3Credentials, accessName, new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Contains(accessName, baseName, StringComparison.Ordinal);
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
