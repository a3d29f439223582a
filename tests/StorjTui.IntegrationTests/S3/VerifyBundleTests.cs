using StorjTui.Cli;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.S3;

/// <summary>`storj-tui verify --bundle` against radosgw with each saved format and the console's own download.</summary>
[Collection(RadosgwCollection.Name)]
public sealed class VerifyBundleTests(RadosgwFixture fixture, SandboxGatewayFixture sandbox)
{
    private IS3Target Target(string name) => S3Targets.Pick(name, fixture, sandbox);

    private static (int Exit, string Output, string Error) Verify(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(["verify", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName, ".json")]
    [InlineData(RadosgwServer.TargetName, ".txt")]
    [InlineData(RadosgwServer.TargetName, ".env")]
    [InlineData(SandboxGatewayFixture.TargetName, ".json")]
    [InlineData(SandboxGatewayFixture.TargetName, ".txt")]
    [InlineData(SandboxGatewayFixture.TargetName, ".env")]
    public async Task Saved_bundle_file_passes(string target, string extension)
    {
        using var export = await ExportedBundle.CreateAsync(Target(target));

        var (exit, output, error) = Verify("--bundle", export.File(extension));

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Contains("The credentials work", output, StringComparison.Ordinal);
        Assert.DoesNotContain(export.Keys.SecretKey, output + error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Web_console_download_passes_and_a_bucket_can_be_named(string target)
    {
        using var export = await ExportedBundle.CreateAsync(Target(target));
        // Written here from STORJ.md §1, not by the app: the console's name and exact layout, no trailing newline.
        var path = Path.Combine(export.Home, "Storj-S3-Credentials-web-2026-01-01T12:00:00.000Z.txt");
        await File.WriteAllTextAsync(path,
            $"Access Key:\n{export.Keys.AccessKeyId}\n\nSecret Key:\n{export.Keys.SecretKey}\n\nEndpoint:\n{export.Endpoint}");

        var all = Verify("--bundle", path);
        var one = Verify("--bundle", path, "--bucket", export.Bucket);

        Assert.True(all.Exit == 0, all.Error);
        Assert.True(one.Exit == 0, one.Error);
        Assert.Contains($"listed bucket \"{export.Bucket}\"", one.Output, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(RadosgwServer.TargetName)]
    [InlineData(SandboxGatewayFixture.TargetName)]
    public async Task Wrong_secret_in_a_bundle_exits_1_with_the_reason(string target)
    {
        using var export = await ExportedBundle.CreateAsync(Target(target));
        var path = Path.Combine(export.Home, "tampered.env");
        var wrong = TestKeyPair.Generate().SecretKey;
        await File.WriteAllTextAsync(path,
            $"AWS_ACCESS_KEY_ID={export.Keys.AccessKeyId}\nAWS_SECRET_ACCESS_KEY={wrong}\nAWS_ENDPOINT_URL={export.Endpoint}\n");

        var (exit, output, error) = Verify("--bundle", path);

        Assert.Equal(1, exit);
        Assert.Contains("SignatureDoesNotMatch", error, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, output + error, StringComparison.Ordinal);
    }
}
