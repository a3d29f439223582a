using StorjTui.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace StorjTui.IntegrationTests.S3;

/// <summary>
/// `storj-tui create s3 --merge aws|rclone` as a script runs it, against a real `sandbox serve` and its own S3
/// gateway: the real aws CLI and rclone, in the same environment (HOME, XDG folders), then find the new profile /
/// remote in their own config files and list, write and read with it.
/// </summary>
public sealed class CliMergeToolTests(ITestOutputHelper output)
{
    private const string Passphrase = "a passphrase for the merge test";

    // One try each: a failure should be reported, not retried for minutes.
    private static readonly string[] RcloneQuick = ["--retries", "1", "--low-level-retries", "1", "--contimeout", "10s"];

    [SkippableFact]
    public async Task Merged_aws_profile_lists_writes_and_reads_with_the_real_aws_cli()
    {
        output.WriteLine(await AwsCli.RequireEndpointUrlSupportAsync());
        using var server = SandboxServeProcess.Start([]);
        await server.LogInAsync();
        var aws = Directory.CreateDirectory(Path.Join(server.Home, ".aws")).FullName;
        await File.WriteAllTextAsync(Path.Join(aws, "config"), "[default]\nregion = eu-west-1\n");

        var create = await server.RunAsync(["create", "s3", "--name", "ci/merge", "--passphrase-stdin", "--merge", "aws"], Passphrase + "\n");

        Assert.True(create.Succeeded, create.Describe());
        Assert.Contains("aws CLI profile 'ci-merge'", create.StandardError, StringComparison.Ordinal);
        var env = ToolEnvironment(server);
        var ls = await Tool("aws", env, "--profile", "ci-merge", "s3", "ls");
        Assert.True(ls.Succeeded, ls.Describe());
        var bucket = ls.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var local = Path.Join(server.Home, "hello.txt");
        await File.WriteAllTextAsync(local, "hello via the merged aws profile\n");
        var put = await Tool("aws", env, "--profile", "ci-merge", "s3", "cp", local, $"s3://{bucket}/merge/hello.txt");
        Assert.True(put.Succeeded, put.Describe());
        var get = await Tool("aws", env, "--profile", "ci-merge", "s3", "cp", $"s3://{bucket}/merge/hello.txt", "-");
        Assert.True(get.Succeeded, get.Describe());
        Assert.Equal("hello via the merged aws profile\n", get.StandardOutput);
        var region = await Tool("aws", env, "configure", "get", "region");
        Assert.Equal("eu-west-1", region.StandardOutput.Trim());
    }

    [SkippableFact]
    public async Task Merged_rclone_remote_lists_copies_and_reads_with_the_real_rclone()
    {
        RequiredTool.Ensure("rclone");
        using var server = SandboxServeProcess.Start([]);
        await server.LogInAsync();

        var create = await server.RunAsync(["create", "s3", "--name", "ci-rclone", "--passphrase-stdin", "--merge", "rclone"], Passphrase + "\n");

        Assert.True(create.Succeeded, create.Describe());
        var env = ToolEnvironment(server);
        var remotes = await Tool("rclone", env, "listremotes");
        Assert.True(remotes.Succeeded, remotes.Describe());
        Assert.Equal("ci-rclone:", remotes.StandardOutput.Trim());
        var lsd = await Tool("rclone", env, ["lsd", "ci-rclone:", .. RcloneQuick]);
        Assert.True(lsd.Succeeded, lsd.Describe());
        var bucket = lsd.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var local = Path.Join(server.Home, "hello.txt");
        await File.WriteAllTextAsync(local, "hello via the merged rclone remote\n");
        var copy = await Tool("rclone", env, ["copy", local, $"ci-rclone:{bucket}/merge", .. RcloneQuick]);
        Assert.True(copy.Succeeded, copy.Describe());
        var cat = await Tool("rclone", env, ["cat", $"ci-rclone:{bucket}/merge/hello.txt", .. RcloneQuick]);
        Assert.True(cat.Succeeded, cat.Describe());
        Assert.Equal("hello via the merged rclone remote\n", cat.StandardOutput);
    }

    /// <summary>With RCLONE_CONFIG set, the merge writes that file (not ~/.config/rclone) and rclone, given the same variable, uses the remote.</summary>
    [SkippableFact]
    public async Task Merged_rclone_remote_goes_to_the_file_RCLONE_CONFIG_names_and_rclone_uses_it()
    {
        RequiredTool.Ensure("rclone");
        using var server = SandboxServeProcess.Start([]);
        await server.LogInAsync();
        var conf = Path.Join(server.Home, "team", "rclone.conf");
        var variable = new Dictionary<string, string?> { ["RCLONE_CONFIG"] = conf };

        var create = await server.RunAsync(["create", "s3", "--name", "ci-rclone-env", "--passphrase-stdin", "--merge", "rclone"], Passphrase + "\n", variable);

        Assert.True(create.Succeeded, create.Describe());
        Assert.Equal(conf, create.StandardOutput.Trim());
        Assert.Contains($"rclone remote 'ci-rclone-env' in {conf}", create.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Join(server.Home, ".config", "rclone", "rclone.conf")), "the merge wrote the rclone.conf rclone does not read here");
        var env = ToolEnvironment(server);
        env["RCLONE_CONFIG"] = conf;
        var file = await Tool("rclone", env, "config", "file");
        Assert.Contains(conf, file.StandardOutput, StringComparison.Ordinal);
        var lsd = await Tool("rclone", env, ["lsd", "ci-rclone-env:", .. RcloneQuick]);
        Assert.True(lsd.Succeeded, lsd.Describe());
    }

    /// <summary>The CLI's own environment (HOME and XDG folders), without the developer's AWS_* / RCLONE_* settings.</summary>
    private static Dictionary<string, string?> ToolEnvironment(SandboxServeProcess server)
    {
        var env = new Dictionary<string, string?>(server.Environment, StringComparer.Ordinal);
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("AWS_", StringComparison.Ordinal) || name.StartsWith("RCLONE_", StringComparison.Ordinal))
            {
                env[name] = null;
            }
        }

        return env;
    }

    private static Task<CommandResult> Tool(string program, Dictionary<string, string?> env, params string[] args) =>
        ExternalCommand.RunAsync(program, args, env, timeout: TimeSpan.FromMinutes(1));
}
