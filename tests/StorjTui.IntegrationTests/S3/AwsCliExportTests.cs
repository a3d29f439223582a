using System.Text;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace StorjTui.IntegrationTests.S3;

/// <summary>The aws CLI export (profile files, merge into ~/.aws) and the .env export, with the real aws CLI.</summary>
[Collection(RadosgwCollection.Name)]
public sealed class AwsCliExportTests(RadosgwFixture fixture, SandboxGatewayFixture sandbox, ITestOutputHelper output)
{
    private IS3Target Target(string name) => S3Targets.Pick(name, fixture, sandbox);

    private static Task<CommandResult> Aws(ExportedBundle export, Dictionary<string, string?> env, params string[] args) =>
        ExternalCommand.RunAsync("aws", args, env, timeout: TimeSpan.FromMinutes(1));

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Exported_profile_files_list_put_and_get_with_AWS_SHARED_CREDENTIALS_FILE_and_AWS_CONFIG_FILE(string target)
    {
        output.WriteLine(await AwsCli.RequireEndpointUrlSupportAsync());
        using var export = await ExportedBundle.CreateAsync(Target(target));
        var env = export.Environment(
            ("AWS_SHARED_CREDENTIALS_FILE", export.File(".aws-credentials")),
            ("AWS_CONFIG_FILE", export.File(".aws-config")));
        var profile = export.ProfileName;

        var ls = await Aws(export, env, "--profile", profile, "s3", "ls");
        Assert.True(ls.Succeeded, ls.Describe());
        Assert.Contains(export.Bucket, ls.StandardOutput, StringComparison.Ordinal);

        var local = export.LocalFile("hello.txt", "hello via aws CLI profile\n");
        var put = await Aws(export, env, "--profile", profile, "s3", "cp", local, $"s3://{export.Bucket}/hello.txt");
        Assert.True(put.Succeeded, put.Describe());
        var get = await Aws(export, env, "--profile", profile, "s3", "cp", $"s3://{export.Bucket}/hello.txt", "-");
        Assert.True(get.Succeeded, get.Describe());
        Assert.Equal("hello via aws CLI profile\n", get.StandardOutput);
    }

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Merge_into_home_aws_keeps_other_profiles_byte_for_byte_writes_backups_and_the_new_profile_works(string target)
    {
        output.WriteLine(await AwsCli.RequireEndpointUrlSupportAsync());
        using var export = await ExportedBundle.CreateAsync(Target(target));
        var aws = Directory.CreateDirectory(Path.Combine(export.Home, ".aws")).FullName;
        // Existing files as people have them: comments, odd spacing, other profiles.
        var credentials = Encoding.UTF8.GetBytes(
            "# my keys\n[default]\naws_access_key_id = AKIAEXAMPLEDEFAULT\naws_secret_access_key = defaultsecret\n\n"
            + "[work]\naws_access_key_id=AKIAEXAMPLEWORK\naws_secret_access_key=worksecret\n");
        var config = Encoding.UTF8.GetBytes(
            "[default]\nregion = eu-west-1\noutput = json\n\n[profile  work]\nregion=us-west-2\n; keep me\n");
        await File.WriteAllBytesAsync(Path.Combine(aws, "credentials"), credentials);
        await File.WriteAllBytesAsync(Path.Combine(aws, "config"), config);

        var merged = new ConfigFileMerge().MergeIntoAws(export.Bundle, export.Home);

        Assert.Equal(export.ProfileName, merged.ProfileName);
        Assert.False(merged.Replaced);
        AssertKeptAndBackedUp(Path.Combine(aws, "credentials"), credentials, merged.Backups);
        AssertKeptAndBackedUp(Path.Combine(aws, "config"), config, merged.Backups);

        var env = export.Environment();
        var ls = await Aws(export, env, "--profile", export.ProfileName, "s3", "ls");
        Assert.True(ls.Succeeded, ls.Describe());
        Assert.Contains(export.Bucket, ls.StandardOutput, StringComparison.Ordinal);
        var workRegion = await Aws(export, env, "--profile", "work", "configure", "get", "region");
        Assert.Equal("us-west-2", workRegion.StandardOutput.Trim());
        var defaultRegion = await Aws(export, env, "configure", "get", "region");
        Assert.Equal("eu-west-1", defaultRegion.StandardOutput.Trim());
    }

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Dotenv_file_sourced_with_set_a_lets_aws_s3_ls_reach_the_endpoint(string target)
    {
        output.WriteLine(await AwsCli.RequireEndpointUrlSupportAsync());
        RequiredTool.Ensure("bash");
        using var export = await ExportedBundle.CreateAsync(Target(target));
        // No ~/.aws at all: everything comes from the .env file (AWS_ENDPOINT_URL included).
        var env = export.Environment(("ENV_FILE", export.File(".env")));

        var ls = await ExternalCommand.RunAsync("bash", ["-c", "set -a; . \"$ENV_FILE\"; set +a; aws s3 ls"], env, timeout: TimeSpan.FromMinutes(1));

        Assert.True(ls.Succeeded, ls.Describe());
        Assert.Contains(export.Bucket, ls.StandardOutput, StringComparison.Ordinal);
    }

    private static void AssertKeptAndBackedUp(string file, byte[] original, IReadOnlyList<string> backups)
    {
        var now = File.ReadAllBytes(file);
        Assert.True(now.AsSpan().StartsWith(original), $"{file} no longer starts with its original bytes:\n{Encoding.UTF8.GetString(now)}");
        var backup = Assert.Single(backups, b => Path.GetFileName(b).StartsWith(Path.GetFileName(file) + ".bak-", StringComparison.Ordinal));
        Assert.Equal(original, File.ReadAllBytes(backup));
    }
}
