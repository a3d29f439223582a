using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>A merge warns when the tool's own settings send it to another file than the one written.</summary>
public sealed class ConfigReadElsewhereTests
{
    private static IReadOnlyList<string> Warnings(ConfigMergeTarget target, string home, params (string Name, string Value)[] variables) =>
        ConfigReadElsewhere.Warnings(target, home, name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault());

    [Theory]
    [InlineData(ConfigMergeTarget.Aws)]
    [InlineData(ConfigMergeTarget.Rclone)]
    [InlineData(ConfigMergeTarget.Uplink)]
    public void No_variable_or_one_naming_the_written_file_gives_no_warning(ConfigMergeTarget target)
    {
        Assert.Empty(Warnings(target, "/home/me"));
        Assert.Empty(Warnings(target, "/home/me", ("XDG_CONFIG_HOME", "/home/me/.config"), ("AWS_CONFIG_FILE", "/home/me/.aws/config"), ("RCLONE_CONFIG", "/home/me/.config/rclone/rclone.conf")));
    }

    [Fact]
    public void Aws_variables_pointing_elsewhere_are_named_with_both_files()
    {
        var warnings = Warnings(ConfigMergeTarget.Aws, "/home/me", ("AWS_SHARED_CREDENTIALS_FILE", "/etc/aws/creds"), ("AWS_CONFIG_FILE", "/etc/aws/config"));

        Assert.Equal(
            [
                "AWS_SHARED_CREDENTIALS_FILE is set, so the aws CLI reads /etc/aws/creds, not /home/me/.aws/credentials: unset it, or copy the new section across.",
                "AWS_CONFIG_FILE is set, so the aws CLI reads /etc/aws/config, not /home/me/.aws/config: unset it, or copy the new section across.",
            ],
            warnings);
    }

    [Fact]
    public void Rclone_config_elsewhere_and_an_existing_xdg_rclone_conf_are_named_but_an_absent_one_is_not()
    {
        using var home = new TempFolder();
        var xdg = home.Combine("xdg");
        Assert.Empty(Warnings(ConfigMergeTarget.Rclone, home.Path, ("XDG_CONFIG_HOME", xdg)));
        Assert.Contains("RCLONE_CONFIG is set, so rclone reads /srv/rclone.conf", Assert.Single(Warnings(ConfigMergeTarget.Rclone, home.Path, ("RCLONE_CONFIG", "/srv/rclone.conf"))), StringComparison.Ordinal);

        Directory.CreateDirectory(Path.Join(xdg, "rclone"));
        File.WriteAllText(Path.Join(xdg, "rclone", "rclone.conf"), "");

        Assert.StartsWith("XDG_CONFIG_HOME is set, so rclone reads " + Path.Join(xdg, "rclone", "rclone.conf"), Assert.Single(Warnings(ConfigMergeTarget.Rclone, home.Path, ("XDG_CONFIG_HOME", xdg))), StringComparison.Ordinal);
    }

    [Fact]
    public void Uplink_under_another_xdg_config_home_is_named()
    {
        Assert.Equal(
            "XDG_CONFIG_HOME is set, so uplink reads /cfg/storj/uplink/access.json, not /home/me/.config/storj/uplink/access.json: unset it, or copy the new section across.",
            Assert.Single(Warnings(ConfigMergeTarget.UplinkDefault, "/home/me", ("XDG_CONFIG_HOME", "/cfg"))));
    }
}
