namespace StorjTui.Tests.Cli;

/// <summary>`verify` of sandbox credentials when no sandbox runs: the refusal says how to start its S3 gateway.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public void A_refused_loopback_endpoint_points_at_sandbox_serve()
    {
        var bundle = Path.Combine(_home.Root, "sandbox.json");
        File.WriteAllText(bundle, "{\"access_key_id\":\"jwaqbvlr6zpbcjnfbimfxdqirc4a\",\"secret_key\":\"jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta\",\"endpoint\":\"http://127.0.0.1:" + StorjTui.Tests.Tui.VerifyTests.ClosedPort() + "/\"}");

        var result = _home.Run("verify", "--bundle", bundle);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("(connection refused)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("storj-tui sandbox serve", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_bundle_name_says_what_to_give_not_a_dotnet_type()
    {
        var result = _home.Run("verify", "--bundle", "");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bundle needs a file name", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.IO", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_bundle_is_called_a_folder_not_access_denied()
    {
        var result = _home.Run("verify", "--bundle", _home.Root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is a folder, not a file", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A line feed in the path is shown (␊), so the problem stays one line on stderr, as every problem is.</summary>
    [Fact]
    public void A_path_with_a_line_feed_is_one_line_of_problem()
    {
        string missing = Path.Join(_home.Root, "two\nlines.json");
        string folder = Directory.CreateDirectory(Path.Join(_home.Root, "a\nfolder")).FullName;

        var notFound = _home.Run("verify", "--bundle", missing);
        var isFolder = _home.Run("verify", "--bundle", folder);

        Assert.Equal(1, notFound.ExitCode);
        Assert.Contains("two␊lines.json", Assert.Single(notFound.StderrLines), StringComparison.Ordinal);
        Assert.Contains("is a folder, not a file", Assert.Single(isFolder.StderrLines), StringComparison.Ordinal);
    }
}
