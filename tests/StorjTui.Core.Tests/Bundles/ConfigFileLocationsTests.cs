using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>
/// A merge writes the file the tool really reads: the aws CLI's and rclone's own variables, rclone's search order and
/// uplink's XDG_CONFIG_HOME decide it, taken from the environment given (never the process's).
/// </summary>
public sealed class ConfigFileLocationsTests
{
    private const UnixFileMode Mode0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();

    private static IReadOnlyList<string> Files(ConfigMergeTarget target, string home, params (string Name, string Value)[] variables) =>
        ConfigFileLocations.FilesOf(target, home, Variables(variables), "/work");

    [Theory]
    [InlineData(ConfigMergeTarget.Aws, "/home/me/.aws/credentials", "/home/me/.aws/config")]
    [InlineData(ConfigMergeTarget.Rclone, "/home/me/.config/rclone/rclone.conf")]
    [InlineData(ConfigMergeTarget.Uplink, "/home/me/.config/storj/uplink/access.json")]
    [InlineData(ConfigMergeTarget.UplinkDefault, "/home/me/.config/storj/uplink/access.json")]
    public void Without_variables_or_with_empty_ones_the_files_are_the_usual_ones(ConfigMergeTarget target, params string[] files)
    {
        Assert.Equal(files, Files(target, "/home/me"));
        Assert.Equal(files, Files(target, "/home/me", ("XDG_CONFIG_HOME", ""), ("AWS_CONFIG_FILE", ""), ("AWS_SHARED_CREDENTIALS_FILE", ""), ("RCLONE_CONFIG", "")));
    }

    [Fact]
    public void The_aws_variables_name_the_files_with_tilde_expanded_and_relative_paths_from_the_working_folder()
    {
        Assert.Equal(["/etc/aws/creds", "/home/me/aws/config"],
            Files(ConfigMergeTarget.Aws, "/home/me", ("AWS_SHARED_CREDENTIALS_FILE", "/etc/aws/creds"), ("AWS_CONFIG_FILE", "~/aws/config")));
        Assert.Equal(["/home/me/.aws/credentials", "/work/conf/aws"], Files(ConfigMergeTarget.Aws, "/home/me", ("AWS_CONFIG_FILE", "conf/aws")));
    }

    [Fact]
    public void Rclone_config_wins_over_everything()
    {
        Assert.Equal(["/srv/rclone.conf"], Files(ConfigMergeTarget.Rclone, "/home/me", ("RCLONE_CONFIG", "/srv/rclone.conf"), ("XDG_CONFIG_HOME", "/cfg")));
    }

    [Fact]
    public void Rclone_takes_the_first_existing_of_xdg_home_config_and_the_old_dotfile_else_the_xdg_one()
    {
        using var home = new TempFolder();
        var xdg = home.Combine("xdg");
        var underXdg = Path.Join(xdg, "rclone", "rclone.conf");
        var underHome = home.Combine(".config", "rclone", "rclone.conf");
        var old = home.Combine(".rclone.conf");

        Assert.Equal([underXdg], Files(ConfigMergeTarget.Rclone, home.Path, ("XDG_CONFIG_HOME", xdg)));
        File.WriteAllText(old, "");
        Assert.Equal([old], Files(ConfigMergeTarget.Rclone, home.Path, ("XDG_CONFIG_HOME", xdg)));
        Directory.CreateDirectory(Path.GetDirectoryName(underHome)!);
        File.WriteAllText(underHome, "");
        Assert.Equal([underHome], Files(ConfigMergeTarget.Rclone, home.Path, ("XDG_CONFIG_HOME", xdg)));
        Directory.CreateDirectory(Path.GetDirectoryName(underXdg)!);
        File.WriteAllText(underXdg, "");
        Assert.Equal([underXdg], Files(ConfigMergeTarget.Rclone, home.Path, ("XDG_CONFIG_HOME", xdg)));
    }

    [Fact]
    public void Uplink_reads_under_xdg_config_home()
    {
        Assert.Equal(["/cfg/storj/uplink/access.json"], Files(ConfigMergeTarget.UplinkDefault, "/home/me", ("XDG_CONFIG_HOME", "/cfg")));
    }

    [Fact]
    public void A_merge_writes_the_aws_files_the_variables_name_0600_and_leaves_the_home_ones_alone()
    {
        using var home = new TempFolder();
        var credentials = home.Combine("elsewhere", "creds");
        var config = home.Combine("other", "cfg");
        var merge = new ConfigFileMerge(environment: Variables(("AWS_SHARED_CREDENTIALS_FILE", credentials), ("AWS_CONFIG_FILE", config)));

        merge.CheckTarget(ConfigMergeTarget.Aws, home.Path);
        var result = merge.MergeIntoAws(CredentialBundle.From(SampleAccess.S3()), home.Path);

        Assert.Equal([credentials, config], result.Files);
        Assert.Contains("[my-access]", File.ReadAllText(credentials), StringComparison.Ordinal);
        Assert.Contains("[profile my-access]", File.ReadAllText(config), StringComparison.Ordinal);
        Assert.Equal(Mode0600, File.GetUnixFileMode(credentials));
        Assert.Equal(Mode0600, File.GetUnixFileMode(config));
        Assert.False(Directory.Exists(home.Combine(".aws")));
    }

    [Fact]
    public void Both_aws_variables_naming_one_file_are_refused_before_anything_is_written()
    {
        using var home = new TempFolder();
        var file = home.Combine("aws-both");
        var merge = new ConfigFileMerge(environment: Variables(("AWS_SHARED_CREDENTIALS_FILE", file), ("AWS_CONFIG_FILE", file)));

        var check = Assert.Throws<BundleWriteException>(() => merge.CheckTarget(ConfigMergeTarget.Aws, home.Path));
        var write = Assert.Throws<BundleWriteException>(() => merge.MergeIntoAws(CredentialBundle.From(SampleAccess.S3()), home.Path));

        Assert.Equal($"AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE both name {file}: point them at two files, or add the profile by hand from a downloaded aws bundle.", check.Message);
        Assert.Equal(check.Message, write.Message);
        Assert.Empty(Directory.GetFileSystemEntries(home.Path));
    }

    [Fact]
    public void A_merge_into_an_existing_file_named_by_rclone_config_keeps_a_0600_backup_of_it()
    {
        using var home = new TempFolder();
        var file = home.Combine("rclone-elsewhere.conf");
        File.WriteAllText(file, "[other]\ntype = local\n");
        var merge = new ConfigFileMerge(environment: Variables(("RCLONE_CONFIG", file)));

        var result = merge.MergeIntoRclone(CredentialBundle.From(SampleAccess.S3()), home.Path);

        Assert.Equal([file], result.Files);
        var backup = Assert.Single(result.Backups);
        Assert.Equal("[other]\ntype = local\n", File.ReadAllText(backup));
        Assert.Equal(Mode0600, File.GetUnixFileMode(backup));
        Assert.Equal(Mode0600, File.GetUnixFileMode(file));
        Assert.StartsWith("[other]\ntype = local\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Contains("[my-access]", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.False(Directory.Exists(home.Combine(".config")));
    }

    [Fact]
    public void A_merge_writes_uplinks_access_json_under_xdg_config_home()
    {
        using var home = new TempFolder();
        var xdg = home.Combine("xdg");
        var merge = new ConfigFileMerge(environment: Variables(("XDG_CONFIG_HOME", xdg)));

        var result = merge.MergeInto(ConfigMergeTarget.UplinkDefault, CredentialBundle.From(SampleAccess.Grant()), home.Path);

        Assert.Equal([Path.Join(xdg, "storj", "uplink", "access.json")], result.Files);
        Assert.True(File.Exists(result.Files[0]));
        Assert.False(Directory.Exists(home.Combine(".config")));
    }
}
