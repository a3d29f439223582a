using System.Text;
using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Core.Tests.Support;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>
/// Defence in depth: values are fed straight to each writer, past the checks made where answers arrive. The .env
/// file must give them back exactly when sourced by sh, running nothing; the INI, txt and merged files must refuse
/// a value that could add a line rather than write it; the JSON must escape it.
/// </summary>
public sealed class HostileValueTests
{
    /// <summary>Values sh would expand, run or split if they were not quoted right.</summary>
    public static TheoryData<string> ShellHostile() => new()
    {
        "http://x/$(touch pwned)",
        "`touch pwned`",
        "a'b",
        "'; touch pwned; '",
        "a\"b\"$HOME",
        "back\\slash\\",
        "semi;colon & pipe | <in >out",
        "spaces  and more",
        "glob * ? [a]",
        "!history #comment ~tilde",
        "'",
        "''",
        "ünïcødé ‮",
    };

    /// <summary>Characters that end a line (for some reader) or are otherwise control characters.</summary>
    public static TheoryData<string, string> LineBreakers()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in new[] { "access key id", "secret key", "endpoint" })
        {
            foreach (var value in new[] { "https://x\ncredential_process = sh -c 'touch pwned'", "https://x\rcredential_process = sh", "https://x\u0085[default]", "https://x\u2028y", "https://x\u2029y", "https://x\u001b[2J", "https://x\0", "https://x\u007f" })
            {
                data.Add(field, value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShellHostile))]
    public void The_env_file_sourced_by_sh_runs_nothing_and_gives_back_each_value_exactly(string value)
    {
        using var folder = new TempFolder();
        var access = SampleAccess.S3() with { AccessKeyId = value + "-id", SecretKey = value + "-secret", Endpoint = value };
        var env = folder.Combine("x.env");
        File.WriteAllBytes(env, Assert.Single(CredentialBundle.From(access).Render(BundleFormat.Env)).Content);

        var values = Sh.Run(folder.Path, "set -a; . ./x.env; set +a; printf '%s\\0' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" \"$AWS_ENDPOINT_URL\"");

        Assert.Equal([value + "-id", value + "-secret", value], values);
        Assert.False(File.Exists(folder.Combine("pwned")), "sourcing the .env file ran a command");
        Assert.Equal(["x.env"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(LineBreakers))]
    public void Every_text_writer_refuses_a_value_that_could_add_a_line(string field, string value)
    {
        var access = field switch
        {
            "access key id" => SampleAccess.S3() with { AccessKeyId = value },
            "secret key" => SampleAccess.S3() with { SecretKey = value },
            _ => SampleAccess.S3() with { Endpoint = value },
        };
        var bundle = CredentialBundle.From(access);

        // The s3fs password file holds no endpoint (its mount line is checked in ServerExportTests).
        foreach (var format in field == "endpoint" ? new[] { BundleFormat.Env, BundleFormat.Aws, BundleFormat.Rclone, BundleFormat.Txt, BundleFormat.Docker, BundleFormat.Restic } : [BundleFormat.Env, BundleFormat.Aws, BundleFormat.Rclone, BundleFormat.Txt, BundleFormat.Docker, BundleFormat.S3fs, BundleFormat.Restic])
        {
            var e = Assert.Throws<BundleWriteException>(() => bundle.Render(format));
            Assert.Equal(BundleWriteFailure.UnsafeValue, e.Failure);
            Assert.Contains(field, e.Message.ToLowerInvariant(), StringComparison.Ordinal);
            Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_aws_files_refuse_a_line_break_in_either_file()
    {
        var bundle = CredentialBundle.From(SampleAccess.S3() with { Endpoint = "https://x\ncredential_process = sh -c 'touch pwned'" });

        Assert.Throws<BundleWriteException>(() => AwsProfile.ConfigSection(bundle));
        Assert.Throws<BundleWriteException>(() => AwsProfile.ConfigFile(bundle));
        Assert.Throws<BundleWriteException>(() => AwsProfile.CredentialsSection(CredentialBundle.From(SampleAccess.S3() with { SecretKey = "s\n[default]" })));
        Assert.Throws<BundleWriteException>(() => RcloneRemote.Section(bundle));
    }

    [Fact]
    public void The_ini_merge_refuses_a_section_with_a_carriage_return_or_control_character()
    {
        foreach (var section in new[] { "[p]\nendpoint_url = x\rcredential_process = sh\n", "[p]\nendpoint_url = x\u001b]0;t\u0007\n", "[p]\r\nx = 1\n" })
        {
            var e = Assert.Throws<BundleWriteException>(() => IniSections.Upsert("[other]\na = 1\n", _ => false, section));
            Assert.Equal(BundleWriteFailure.UnsafeValue, e.Failure);
        }
    }

    [Theory]
    [InlineData("aws")]
    [InlineData("rclone")]
    public void A_refused_value_leaves_the_users_config_files_untouched_and_makes_no_backup(string target)
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(home.Combine(".aws"));
        Directory.CreateDirectory(home.Combine(".config", "rclone"));
        File.WriteAllText(home.Combine(".aws", "credentials"), "[default]\naws_access_key_id = a\n");
        File.WriteAllText(home.Combine(".aws", "config"), "[default]\nregion = us-east-1\n");
        File.WriteAllText(home.Combine(".config", "rclone", "rclone.conf"), "[remote]\ntype = s3\n");
        var before = Snapshot(home.Path);
        // Only the endpoint is hostile: the credentials file alone would be fine, and must still not be written.
        var bundle = CredentialBundle.From(SampleAccess.S3() with { Endpoint = "https://x\ncredential_process = sh -c 'touch pwned'" });
        var merge = new ConfigFileMerge();

        var e = Assert.Throws<BundleWriteException>(() =>
        {
            if (target == "aws")
            {
                merge.MergeIntoAws(bundle, home.Path);
            }
            else
            {
                merge.MergeIntoRclone(bundle, home.Path);
            }
        });

        Assert.Equal(BundleWriteFailure.UnsafeValue, e.Failure);
        Assert.Equal(before, Snapshot(home.Path));
    }

    [Fact]
    public void Download_all_with_a_refused_value_writes_no_file()
    {
        using var folder = new TempFolder();
        var bundle = CredentialBundle.From(SampleAccess.S3() with { Endpoint = "https://x\ncredential_process = sh" });

        Assert.Throws<BundleWriteException>(() => BundleWriter.DownloadAll(bundle, folder.Path));

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [MemberData(nameof(ShellHostile))]
    [InlineData("line\nbreak\r\u0085\u2028\u001b]52;c;cHduZWQ=\u0007")]
    public void The_json_file_escapes_every_value_and_reads_back_exactly(string value)
    {
        var access = SampleAccess.S3() with { AccessKeyId = value, SecretKey = value, Endpoint = value };
        var content = Assert.Single(CredentialBundle.From(access).Render(BundleFormat.Json)).Content;
        var text = Encoding.UTF8.GetString(content);

        using var json = JsonDocument.Parse(content);
        Assert.Equal(value, json.RootElement.GetProperty("access_key_id").GetString());
        Assert.Equal(value, json.RootElement.GetProperty("secret_key").GetString());
        Assert.Equal(value, json.RootElement.GetProperty("endpoint").GetString());
        Assert.DoesNotContain(text.TrimEnd('\n').Split('\n'), line => line.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
}
