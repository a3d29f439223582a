using System.Text.Json;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.S3;

/// <summary>s3cmd (Debian) as a third independent client, configured from the exported .json bundle.</summary>
[Collection(RadosgwCollection.Name)]
public sealed class S3cmdExportTests(RadosgwFixture fixture, SandboxGatewayFixture sandbox)
{
    private IS3Target Target(string name) => S3Targets.Pick(name, fixture, sandbox);

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Config_derived_from_the_json_bundle_lists_puts_and_gets(string target)
    {
        RequiredTool.Ensure("s3cmd");
        using var export = await ExportedBundle.CreateAsync(Target(target));
        var s3cfg = WriteS3cmdConfig(export.File(".json"), Path.Combine(export.Home, ".s3cfg"));
        var env = export.Environment();

        var ls = await S3cmd(env, s3cfg, "ls");
        Assert.True(ls.Succeeded, ls.Describe());
        Assert.Contains($"s3://{export.Bucket}", ls.StandardOutput, StringComparison.Ordinal);

        var local = export.LocalFile("hello.txt", "hello via s3cmd\n");
        var put = await S3cmd(env, s3cfg, "put", local, $"s3://{export.Bucket}/hello.txt");
        Assert.True(put.Succeeded, put.Describe());
        var copy = Path.Combine(export.Home, "back.txt");
        var get = await S3cmd(env, s3cfg, "get", $"s3://{export.Bucket}/hello.txt", copy);
        Assert.True(get.Succeeded, get.Describe());
        Assert.Equal("hello via s3cmd\n", await File.ReadAllTextAsync(copy));
    }

    private static Task<CommandResult> S3cmd(Dictionary<string, string?> env, string config, params string[] args) =>
        ExternalCommand.RunAsync("s3cmd", ["-c", config, .. args], env, timeout: TimeSpan.FromMinutes(1));

    // What a person would type into ~/.s3cfg from the bundle: keys, host, https or not, SigV4, path style
    // (host_bucket without %(bucket)s).
    private static string WriteS3cmdConfig(string jsonBundle, string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(jsonBundle));
        var root = json.RootElement;
        var endpoint = new Uri(root.GetProperty("endpoint").GetString()!);
        File.WriteAllText(path,
            "[default]\n"
            + $"access_key = {root.GetProperty("access_key_id").GetString()}\n"
            + $"secret_key = {root.GetProperty("secret_key").GetString()}\n"
            + $"host_base = {endpoint.Authority}\n"
            + $"host_bucket = {endpoint.Authority}\n"
            + $"use_https = {(endpoint.Scheme == Uri.UriSchemeHttps ? "True" : "False")}\n"
            + "signature_v2 = False\n"
            + "bucket_location = us-east-1\n");
        return path;
    }
}
