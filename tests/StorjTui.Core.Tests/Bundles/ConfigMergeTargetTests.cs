using StorjTui.Core.Access;
using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>
/// "Merge into my config" by target (the command line's <c>--merge</c>): which access each takes, which files it
/// writes, and the check made before a key exists, which must refuse what the merge itself would refuse and leave
/// nothing behind.
/// </summary>
public sealed class ConfigMergeTargetTests
{
    private static readonly CreatedAccess Grant = new()
    {
        Type = AccessType.AccessGrant,
        Name = "Prod/Backup",
        CreatedAt = SampleAccess.CreatedAt,
        Permissions = Permissions.All,
        Buckets = [],
        AccessGrant = "1cCYAHeqMzG6u7Yhw7jySoZwGqURKyXJ9bpHxjzTo3EnX4UJnzGBzgRNCTNn",
    };

    [Theory]
    [InlineData(ConfigMergeTarget.Aws, AccessType.S3Credentials, ".aws/credentials", ".aws/config")]
    [InlineData(ConfigMergeTarget.Rclone, AccessType.S3Credentials, ".config/rclone/rclone.conf")]
    [InlineData(ConfigMergeTarget.Uplink, AccessType.AccessGrant, ".config/storj/uplink/access.json")]
    [InlineData(ConfigMergeTarget.UplinkDefault, AccessType.AccessGrant, ".config/storj/uplink/access.json")]
    public void Each_target_takes_one_kind_of_access_and_names_its_files(ConfigMergeTarget target, AccessType type, params string[] files)
    {
        Assert.Equal(type, ConfigFileMerge.AccessTypeOf(target));
        Assert.Equal(files.Select(f => "/home/me/" + f), new ConfigFileMerge().FilesOf(target, "/home/me"));
    }

    [Theory]
    [InlineData(ConfigMergeTarget.Aws)]
    [InlineData(ConfigMergeTarget.Rclone)]
    [InlineData(ConfigMergeTarget.Uplink)]
    [InlineData(ConfigMergeTarget.UplinkDefault)]
    public void MergeInto_writes_the_files_the_target_names_and_the_check_before_passes_and_leaves_nothing(ConfigMergeTarget target)
    {
        using var home = new TempFolder();
        var merge = new ConfigFileMerge();

        merge.CheckTarget(target, home.Path);
        Assert.Empty(Directory.GetFileSystemEntries(home.Path));
        var access = ConfigFileMerge.AccessTypeOf(target) == AccessType.S3Credentials ? SampleAccess.S3() : Grant;
        var result = merge.MergeInto(target, CredentialBundle.From(access), home.Path);

        Assert.Equal(merge.FilesOf(target, home.Path), result.Files);
        Assert.All(result.Files, f => Assert.True(File.Exists(f), f));
        merge.CheckTarget(target, home.Path);
    }

    [Fact]
    public void MergeInto_uplink_default_makes_the_access_uplinks_default_and_uplink_keeps_the_old_one()
    {
        using var home = new TempFolder();
        var folder = Directory.CreateDirectory(home.Combine(".config", "storj", "uplink")).FullName;
        File.WriteAllText(Path.Join(folder, "access.json"), "{\n\t\"Default\": \"main\",\n\t\"Accesses\": {\n\t\t\"main\": \"1maingrant\"\n\t}\n}");

        new ConfigFileMerge().MergeInto(ConfigMergeTarget.Uplink, CredentialBundle.From(Grant), home.Path);
        Assert.Contains("\"Default\": \"main\"", File.ReadAllText(Path.Join(folder, "access.json")), StringComparison.Ordinal);
        new ConfigFileMerge().MergeInto(ConfigMergeTarget.UplinkDefault, CredentialBundle.From(Grant), home.Path);
        Assert.Contains("\"Default\": \"Prod-Backup\"", File.ReadAllText(Path.Join(folder, "access.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_refuses_a_config_that_is_not_utf8_and_names_it()
    {
        using var home = new TempFolder();
        var path = Path.Join(Directory.CreateDirectory(home.Combine(".aws")).FullName, "config");
        File.WriteAllBytes(path, [(byte)'[', 0xE9, (byte)']', (byte)'\n']);

        var error = Assert.Throws<BundleWriteException>(() => new ConfigFileMerge().CheckTarget(ConfigMergeTarget.Aws, home.Path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(home.Combine(".aws")));
    }

    [Fact]
    public void The_check_refuses_a_folder_where_the_config_file_belongs()
    {
        using var home = new TempFolder();
        var path = Directory.CreateDirectory(home.Combine(".config", "rclone", "rclone.conf")).FullName;

        var error = Assert.Throws<BundleWriteException>(() => new ConfigFileMerge().CheckTarget(ConfigMergeTarget.Rclone, home.Path));

        Assert.Equal(BundleWriteFailure.TargetIsAFolder, error.Failure);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"not\", \"an object\"]")]
    [InlineData("{\"Accesses\": \"one\"}")]
    [InlineData("{ broken")]
    public void The_check_refuses_an_access_json_not_in_uplinks_layout(string content)
    {
        using var home = new TempFolder();
        var path = Path.Join(Directory.CreateDirectory(home.Combine(".config", "storj", "uplink")).FullName, "access.json");
        File.WriteAllText(path, content);

        var error = Assert.Throws<BundleWriteException>(() => new ConfigFileMerge().CheckTarget(ConfigMergeTarget.UplinkDefault, home.Path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void The_check_refuses_a_file_where_the_config_folder_belongs()
    {
        using var home = new TempFolder();
        File.WriteAllText(home.Combine(".aws"), "not a folder");

        var error = Assert.Throws<BundleWriteException>(() => new ConfigFileMerge().CheckTarget(ConfigMergeTarget.Aws, home.Path));

        Assert.Contains(home.Combine(".aws"), error.Message, StringComparison.Ordinal);
    }
}
