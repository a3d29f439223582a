using System.Text;
using StorjTui.Core.Bundles;
using StorjTui.Core.Tests.Support;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>
/// The formats servers use next: Docker's <c>--env-file</c>, the s3fs password file and the Kubernetes Secret, read
/// back the way Docker and s3fs read them (PyYAML and kubectl read the Secret in the integration tests).
/// </summary>
public sealed class ServerExportTests
{
    /// <summary>Values Docker must keep literally: quotes, <c>$</c>, <c>#</c>, <c>=</c> and edge spaces are not syntax after the first <c>=</c>.</summary>
    public static TheoryData<string> LiteralValues() => new()
    {
        "'quoted'",
        "\"double\"",
        "$HOME ${PATH} $(touch pwned)",
        "#not a comment",
        "a=b=c",
        " leading and trailing  ",
        "back\\slash",
        "ünïcødé",
    };

    [Theory]
    [MemberData(nameof(LiteralValues))]
    public void Docker_env_file_gives_back_each_value_literally(string value)
    {
        var access = SampleAccess.S3() with { AccessKeyId = value + "-id", SecretKey = value + "-secret", Endpoint = value };
        var content = Assert.Single(CredentialBundle.From(access).Render(BundleFormat.Docker)).Content;

        var variables = DockerEnvFile(Encoding.UTF8.GetString(content));

        Assert.Equal(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL"], variables.Keys);
        Assert.Equal(value + "-id", variables["AWS_ACCESS_KEY_ID"]);
        Assert.Equal(value + "-secret", variables["AWS_SECRET_ACCESS_KEY"]);
        Assert.Equal(value, variables["AWS_ENDPOINT_URL"]);
    }

    [Fact]
    public void Docker_env_file_is_named_docker_env_and_saved_0600()
    {
        using var folder = new TempFolder();
        var written = BundleWriter.DownloadAll(CredentialBundle.From(SampleAccess.S3()), folder.Path, new BundleWriteOptions { Formats = [BundleFormat.Docker] });

        var file = Assert.Single(written.Files);
        Assert.EndsWith("-2026-01-01T12_00_00.000Z.docker.env", file, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(
            $"AWS_ACCESS_KEY_ID={SampleAccess.AccessKeyId}\nAWS_SECRET_ACCESS_KEY={SampleAccess.SecretKey}\nAWS_ENDPOINT_URL={SampleAccess.Endpoint}\n",
            File.ReadAllText(file));
    }

    [Fact]
    public void S3fs_password_file_is_key_colon_secret_and_saved_0600()
    {
        using var folder = new TempFolder();
        var written = BundleWriter.DownloadAll(CredentialBundle.From(SampleAccess.S3()), folder.Path, new BundleWriteOptions { Formats = [BundleFormat.S3fs] });

        var file = Assert.Single(written.Files);
        Assert.EndsWith(".passwd-s3fs", file, StringComparison.Ordinal);
        // s3fs refuses a password file that group or others may read.
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal($"{SampleAccess.AccessKeyId}:{SampleAccess.SecretKey}\n", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("access key id")]
    [InlineData("secret key")]
    public void S3fs_password_file_refuses_a_colon_s3fs_would_split_at(string field)
    {
        var access = field == "access key id" ? SampleAccess.S3() with { AccessKeyId = "bucket:key" } : SampleAccess.S3() with { SecretKey = "se:XYZZY" };

        var e = Assert.Throws<BundleWriteException>(() => CredentialBundle.From(access).Render(BundleFormat.S3fs));

        Assert.Equal(BundleWriteFailure.UnsafeValue, e.Failure);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("XYZZY", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void S3fs_mount_line_names_the_only_bucket_the_file_and_the_endpoint_with_path_style()
    {
        var line = S3fsPasswordFile.MountLine(SampleAccess.S3(), "/home/me/it's here/x.passwd-s3fs");

        Assert.Equal(
            "s3fs 'my-bucket' MOUNTPOINT -o 'passwd_file=/home/me/it'\\''s here/x.passwd-s3fs,url=https://gateway.storjshare.io,use_path_request_style'",
            line);
        var words = Sh.Run("/", $"set -- {line}; printf '%s\\0' \"$@\"");
        Assert.Equal(["s3fs", "my-bucket", "MOUNTPOINT", "-o", "passwd_file=/home/me/it's here/x.passwd-s3fs,url=https://gateway.storjshare.io,use_path_request_style"], words);
    }

    [Fact]
    public void S3fs_mount_line_asks_for_the_bucket_when_the_access_has_none_or_several_and_refuses_a_comma()
    {
        Assert.StartsWith("s3fs BUCKET MOUNTPOINT -o ", S3fsPasswordFile.MountLine(SampleAccess.S3() with { Buckets = [] }, "/p"), StringComparison.Ordinal);
        Assert.StartsWith("s3fs BUCKET MOUNTPOINT -o ", S3fsPasswordFile.MountLine(SampleAccess.S3() with { Buckets = ["a", "b"] }, "/p"), StringComparison.Ordinal);

        var e = Assert.Throws<BundleWriteException>(() => S3fsPasswordFile.MountLine(SampleAccess.S3() with { Endpoint = "https://x,allow_other" }, "/p"));
        Assert.Equal(BundleWriteFailure.UnsafeValue, e.Failure);
        Assert.Contains("endpoint", e.Message, StringComparison.Ordinal);
        Assert.Throws<BundleWriteException>(() => S3fsPasswordFile.MountLine(SampleAccess.S3(), "/a,b/x.passwd-s3fs"));
        Assert.Equal(e.Message, S3fsPasswordFile.MountHint(SampleAccess.S3() with { Endpoint = "https://x,allow_other" }, "/p"));
        Assert.StartsWith("Mount with: s3fs 'my-bucket' MOUNTPOINT", S3fsPasswordFile.MountHint(SampleAccess.S3(), "/p"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my-access", "my-access")]
    [InlineData("Prod/Backup 2026", "prod-backup-2026")]
    [InlineData("--weird__name..", "weird-name")]
    [InlineData("ünï", "n")]
    [InlineData("日本", "storj-access")]
    [InlineData("", "storj-access")]
    public void Secret_name_follows_dns_1123_label_rules(string accessName, string expected)
    {
        Assert.Equal(expected, KubernetesSecret.SecretName(accessName));
    }

    [Fact]
    public void Secret_name_is_cut_to_63_characters_without_a_trailing_dash()
    {
        var name = KubernetesSecret.SecretName(new string('a', 62) + "-b" + new string('c', 50));

        Assert.Equal(new string('a', 62), name);
        Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", KubernetesSecret.SecretName(new string('x', 300)));
    }

    [Fact]
    public void New_formats_are_offered_for_s3_credentials_only()
    {
        Assert.Contains(BundleFormat.Docker, CredentialBundle.From(SampleAccess.S3()).SupportedFormats);
        Assert.Contains(BundleFormat.S3fs, CredentialBundle.From(SampleAccess.S3()).SupportedFormats);
        Assert.Contains(BundleFormat.K8s, CredentialBundle.From(SampleAccess.S3()).SupportedFormats);
        var grant = SampleAccess.S3() with { Type = StorjTui.Core.Access.AccessType.AccessGrant, AccessGrant = "1abc", AccessKeyId = null, SecretKey = null, Endpoint = null };
        Assert.DoesNotContain(BundleFormat.K8s, CredentialBundle.From(grant).SupportedFormats);
    }

    [Theory]
    [MemberData(nameof(LiteralValues))]
    [InlineData("'; touch pwned; '")]
    public void Restic_env_sourced_by_sh_gives_the_keys_and_the_repository_in_the_only_bucket(string value)
    {
        using var folder = new TempFolder();
        var access = SampleAccess.S3() with { AccessKeyId = value + "-id", SecretKey = value + "-secret", Endpoint = "http://127.0.0.1:8000/" };
        File.WriteAllBytes(folder.Combine("x.restic.env"), Assert.Single(CredentialBundle.From(access).Render(BundleFormat.Restic)).Content);

        var values = Sh.Run(folder.Path, "set -a; . ./x.restic.env; set +a; printf '%s\\0' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" \"$RESTIC_REPOSITORY\" \"${RESTIC_PASSWORD-unset}\"");

        Assert.Equal([value + "-id", value + "-secret", "s3:http://127.0.0.1:8000/my-bucket/restic", "unset"], values);
        Assert.False(File.Exists(folder.Combine("pwned")), "sourcing the .restic.env file ran a command");
        Assert.Contains("restic asks for its own repository password", File.ReadAllText(folder.Combine("x.restic.env")), StringComparison.Ordinal);
    }

    [Fact]
    public void Restic_needs_a_bucket_when_the_access_has_none_or_several_and_takes_only_one_it_can_reach()
    {
        foreach (var buckets in new[] { Array.Empty<string>(), ["a-bucket", "b-bucket"] })
        {
            var bundle = CredentialBundle.From(SampleAccess.S3() with { Buckets = buckets });
            Assert.Null(bundle.RepositoryBucket);
            Assert.DoesNotContain(BundleFormat.Restic, bundle.ReadyFormats);
            Assert.Equal(BundleWriteFailure.BucketNeeded, Assert.Throws<BundleWriteException>(() => bundle.Render(BundleFormat.Restic)).Failure);
        }

        var several = CredentialBundle.From(SampleAccess.S3() with { Buckets = ["a-bucket", "b-bucket"] });
        var chosen = several.WithRepositoryBucket("b-bucket");
        Assert.Contains("RESTIC_REPOSITORY='s3:https://gateway.storjshare.io/b-bucket/restic'", Encoding.UTF8.GetString(Assert.Single(chosen.Render(BundleFormat.Restic)).Content), StringComparison.Ordinal);
        var outside = Assert.Throws<BundleWriteException>(() => several.WithRepositoryBucket("c-bucket"));
        Assert.Equal(BundleWriteFailure.BucketNeeded, outside.Failure);
        Assert.Contains("a-bucket, b-bucket", outside.Message, StringComparison.Ordinal);
        foreach (var bad in new[] { "x", "Upper", "a/b", "-dash", "sp ace", "a'b" })
        {
            Assert.Contains("is not a bucket name", ResticRepository.BucketProblem(bad, []), StringComparison.Ordinal);
        }

        Assert.Null(ResticRepository.BucketProblem("any-bucket.1", []));
    }

    /// <summary>
    /// Docker's env-file reader (docker/cli opts/envfile): lines split at <c>\n</c> with a trailing <c>\r</c> dropped,
    /// leading white space trimmed, blank and <c>#</c> lines skipped, the name up to the first <c>=</c> (no white
    /// space in it), and the rest taken literally.
    /// </summary>
    private static Dictionary<string, string> DockerEnvFile(string text)
    {
        var variables = new Dictionary<string, string>();
        foreach (var raw in text.Split('\n')[..^1])
        {
            var line = raw.TrimEnd('\r').TrimStart();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            Assert.True(equals > 0, $"line without a variable name: {line}");
            var name = line[..equals];
            Assert.DoesNotContain(name, char.IsWhiteSpace);
            variables.Add(name, line[(equals + 1)..]);
        }

        return variables;
    }
}
