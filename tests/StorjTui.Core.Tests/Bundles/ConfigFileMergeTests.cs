using System.Text;
using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

public class ConfigFileMergeTests
{
    private const UnixFileMode Mode0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, 89, TimeSpan.Zero);

    private static string NewCredentials =>
        $"[my-access]\naws_access_key_id = {SampleAccess.AccessKeyId}\naws_secret_access_key = {SampleAccess.SecretKey}\n";

    private static string NewConfig =>
        "[profile my-access]\n" +
        "# endpoint_url needs aws CLI >= 1.29 (v1) or >= 2.13 (v2); older versions ignore it and would send these keys to AWS.\n" +
        "region = global\nendpoint_url = https://gateway.storjshare.io\n" +
        "request_checksum_calculation = when_required\nresponse_checksum_validation = when_required\n";

    [Fact]
    public void Aws_merge_into_an_empty_home_creates_both_files_0600_in_a_0700_folder()
    {
        using var home = new TempFolder();

        var result = Merge().MergeIntoAws(CredentialBundle.From(SampleAccess.S3()), home.Path);

        Assert.Equal("my-access", result.ProfileName);
        Assert.Empty(result.Backups);
        Assert.False(result.Replaced);
        Assert.Equal(NewCredentials, File.ReadAllText(home.Combine(".aws", "credentials")));
        Assert.Equal(NewConfig, File.ReadAllText(home.Combine(".aws", "config")));
        Assert.Equal(Mode0600, File.GetUnixFileMode(home.Combine(".aws", "credentials")));
        Assert.Equal(Mode0600 | UnixFileMode.UserExecute, File.GetUnixFileMode(home.Combine(".aws")));
    }

    [Fact]
    public void Aws_merge_replaces_the_profile_and_keeps_every_other_byte_plus_a_backup()
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(home.Combine(".aws"));
        var before =
            "\uFEFF# my credentials\r\n" +
            "[default]\r\naws_access_key_id = AKIADEFAULT\r\naws_secret_access_key = s3cr3t\r\n\r\n" +
            "[my-access]\naws_access_key_id = OLDKEY\naws_secret_access_key = OLDSECRET\n" +
            "\n# the work profile\n" +
            "[work]  \naws_access_key_id=WORK\n; trailing comment without newline";
        var credentialsPath = home.Combine(".aws", "credentials");
        File.WriteAllBytes(credentialsPath, Encoding.UTF8.GetBytes(before));
        File.SetUnixFileMode(credentialsPath, Mode0600 | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var configBefore = "[default]\nregion = eu-west-1\n\n[profile  my-access ]\nendpoint_url = http://old\n[profile other]\noutput = json\n";
        File.WriteAllText(home.Combine(".aws", "config"), configBefore);

        var result = Merge().MergeIntoAws(CredentialBundle.From(SampleAccess.S3()), home.Path);

        var expected =
            "\uFEFF# my credentials\r\n" +
            "[default]\r\naws_access_key_id = AKIADEFAULT\r\naws_secret_access_key = s3cr3t\r\n\r\n" +
            NewCredentials +
            "\n# the work profile\n" +
            "[work]  \naws_access_key_id=WORK\n; trailing comment without newline";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(credentialsPath));
        Assert.Equal("[default]\nregion = eu-west-1\n\n" + NewConfig + "[profile other]\noutput = json\n", File.ReadAllText(home.Combine(".aws", "config")));
        Assert.True(result.Replaced);
        Assert.Equal(Mode0600, File.GetUnixFileMode(credentialsPath));

        var backup = home.Combine(".aws", "credentials.bak-20260304T050607089Z");
        Assert.Equal([backup, home.Combine(".aws", "config.bak-20260304T050607089Z")], result.Backups);
        Assert.Equal(Encoding.UTF8.GetBytes(before), File.ReadAllBytes(backup));
        Assert.Equal(Mode0600, File.GetUnixFileMode(backup));
    }

    [Fact]
    public void Aws_merge_appends_a_new_profile_after_the_existing_ones()
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(home.Combine(".aws"));
        File.WriteAllText(home.Combine(".aws", "credentials"), "[default]\naws_access_key_id = A");
        File.WriteAllText(home.Combine(".aws", "config"), "[default]\nregion = us-east-1\n");

        var result = Merge().MergeIntoAws(CredentialBundle.From(SampleAccess.S3()), home.Path);

        Assert.False(result.Replaced);
        Assert.Equal("[default]\naws_access_key_id = A\n\n" + NewCredentials, File.ReadAllText(home.Combine(".aws", "credentials")));
        Assert.Equal("[default]\nregion = us-east-1\n\n" + NewConfig, File.ReadAllText(home.Combine(".aws", "config")));
    }

    [Fact]
    public void Rclone_merge_replaces_the_remote_and_keeps_the_others_byte_for_byte()
    {
        using var home = new TempFolder();
        var folder = home.Combine(".config", "rclone");
        Directory.CreateDirectory(folder);
        var other = "[gdrive]\ntype = drive\ntoken = {\"access_token\":\"x\"}\n\n";
        var mine = "[my-access]\ntype = s3\nprovider = Storj\naccess_key_id = OLD\n\n";
        var tail = "[b2]\ntype = b2\n";
        File.WriteAllText(Path.Join(folder, "rclone.conf"), other + mine + tail);

        var result = Merge().MergeIntoRclone(CredentialBundle.From(SampleAccess.S3()), home.Path);

        var expectedRemote =
            $"[my-access]\ntype = s3\nprovider = Storj\naccess_key_id = {SampleAccess.AccessKeyId}\nsecret_access_key = {SampleAccess.SecretKey}\nendpoint = https://gateway.storjshare.io\n";
        Assert.Equal(other + expectedRemote + "\n" + tail, File.ReadAllText(Path.Join(folder, "rclone.conf")));
        Assert.True(result.Replaced);
        Assert.Equal(other + mine + tail, File.ReadAllText(Assert.Single(result.Backups)));
        Assert.Equal(Mode0600, File.GetUnixFileMode(Path.Join(folder, "rclone.conf")));
    }

    [Fact]
    public void Rclone_merge_creates_the_config_folder_and_file()
    {
        using var home = new TempFolder();

        var result = Merge().MergeIntoRclone(CredentialBundle.From(SampleAccess.S3("prod/backup")), home.Path);

        Assert.Equal("prod-backup", result.ProfileName);
        Assert.StartsWith("[prod-backup]\ntype = s3\n", File.ReadAllText(home.Combine(".config", "rclone", "rclone.conf")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlinked_config_is_merged_where_it_points_and_stays_a_link()
    {
        using var home = new TempFolder();
        var dotfiles = home.Combine("dotfiles");
        Directory.CreateDirectory(dotfiles);
        Directory.CreateDirectory(home.Combine(".config", "rclone"));
        File.WriteAllText(Path.Join(dotfiles, "rclone.conf"), "[b2]\ntype = b2\n");
        var link = home.Combine(".config", "rclone", "rclone.conf");
        File.CreateSymbolicLink(link, Path.Join(dotfiles, "rclone.conf"));

        var result = Merge().MergeIntoRclone(CredentialBundle.From(SampleAccess.S3()), home.Path);

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("[b2]\ntype = b2\n\n[my-access]\n", File.ReadAllText(Path.Join(dotfiles, "rclone.conf")), StringComparison.Ordinal);
        Assert.Equal(Path.Join(dotfiles, "rclone.conf"), Assert.Single(result.Files));
        Assert.Equal(dotfiles, Path.GetDirectoryName(Assert.Single(result.Backups)));
    }

    [Fact]
    public void A_duplicated_section_is_replaced_once()
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(home.Combine(".config", "rclone"));
        File.WriteAllText(home.Combine(".config", "rclone", "rclone.conf"), "[my-access]\na = 1\n[x]\nb = 2\n[my-access]\nc = 3\n");

        Merge().MergeIntoRclone(CredentialBundle.From(SampleAccess.S3()), home.Path);

        var text = File.ReadAllText(home.Combine(".config", "rclone", "rclone.conf"));
        Assert.Single(text.Split('\n'), l => l == "[my-access]");
        Assert.Contains("[x]\nb = 2\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_file_that_is_not_utf8_is_left_untouched()
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(home.Combine(".config", "rclone"));
        var path = home.Combine(".config", "rclone", "rclone.conf");
        byte[] latin1 = [(byte)'[', 0xE9, (byte)']', (byte)'\n'];
        File.WriteAllBytes(path, latin1);

        var error = Assert.Throws<BundleWriteException>(() => Merge().MergeIntoRclone(CredentialBundle.From(SampleAccess.S3()), home.Path));

        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(latin1, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(home.Combine(".config", "rclone")));
    }

    [Fact]
    public void A_huge_aws_credentials_file_is_refused_by_name_and_left_untouched()
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(home.Combine(".aws"));
        var credentials = home.Combine(".aws", "credentials");
        // 2 MiB of comment lines: a valid file, but no aws file is that big; reading it whole is the wrong file's cost.
        var huge = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("# padding padding padding padding\n", 64 * 1024)));
        File.WriteAllBytes(credentials, huge);

        var e = Assert.Throws<BundleWriteException>(() => Merge().MergeIntoAws(CredentialBundle.From(SampleAccess.S3()), home.Path));

        Assert.Equal($"{credentials} is too large (more than 1 MiB), so it was left untouched. Add the profile by hand from the downloaded files.", e.Message);
        Assert.Equal(huge, File.ReadAllBytes(credentials));
        Assert.Empty(Directory.GetFiles(home.Combine(".aws"), "credentials.bak-*"));
    }

    private static ConfigFileMerge Merge() => new(new FixedClock(Now));
}
