using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Tui;

/// <summary>
/// The real built executable in tmux at 80×24 with --sandbox and no configuration: the whole S3 flow by keys,
/// Verify against the sandbox's own gateway, Download all, then the saved file's keys work in the aws CLI.
/// </summary>
public sealed class TuiEndToEndTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("storj-tui-e2e-").FullName;

    [SkippableFact]
    public async Task CreateS3CredentialsOnTheSandboxVerifyDownloadTheConsoleFileAndUseItInAwsCli()
    {
        RequiredTool.Ensure("aws");
        string tmux = RequiredTool.Command("tmux");
        string work = Directory.CreateDirectory(Path.Join(_root, "work")).FullName;
        string exe = Path.Join(AppContext.BaseDirectory, "storj-tui.dll");
        var environment = new Dictionary<string, string>
        {
            ["XDG_DATA_HOME"] = Path.Join(_root, "data"),
            ["XDG_STATE_HOME"] = Path.Join(_root, "state"),
            ["XDG_CONFIG_HOME"] = Path.Join(_root, "config"),
            ["HOME"] = Path.Join(_root, "home"),
            ["TERM"] = "xterm-256color",
        };

        using var tui = new TmuxSession(tmux, $"dotnet {exe} --sandbox", work, environment);
        string created = tui.CreateS3CredentialsOnTheSandbox("e2e-access");
        Assert.Contains("Save the access keys as they will only appear once.", created, StringComparison.Ordinal);
        Assert.Contains("****************", created, StringComparison.Ordinal);

        tui.SendKeys("M-v");
        tui.WaitFor("OK.");
        tui.SendKeys("M-d");
        tui.WaitFor("Storj-S3-Credentials-e2e-access-");
        tui.SendKeys("M-s");
        tui.WaitFor("Saved (private, 0600)");

        string file = Assert.Single(Directory.GetFiles(work, "Storj-S3-Credentials-e2e-access-*.txt"));
        string[] lines = File.ReadAllText(file).Split('\n');
        Assert.Equal(8, lines.Length);
        Assert.Equal("Access Key:", lines[0]);
        Assert.Matches("^[a-z2-7]{28}$", lines[1]);
        Assert.Equal("", lines[2]);
        Assert.Equal("Secret Key:", lines[3]);
        Assert.Matches("^[a-z2-7]{53}$", lines[4]);
        Assert.Equal("", lines[5]);
        Assert.Equal("Endpoint:", lines[6]);
        Assert.Matches("^http://127\\.0\\.0\\.1:[0-9]+/$", lines[7]);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.DoesNotContain(lines[4], created, StringComparison.Ordinal);

        // The saved file as a person would use it, while the app (and its sandbox) still runs.
        var aws = new Dictionary<string, string?>
        {
            ["HOME"] = Path.Join(_root, "home"),
            ["AWS_ACCESS_KEY_ID"] = lines[1],
            ["AWS_SECRET_ACCESS_KEY"] = lines[4],
            ["AWS_CONFIG_FILE"] = "/dev/null",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
        };
        var ls = await ExternalCommand.RunAsync("aws", ["--endpoint-url", lines[7], "--region", "global", "s3", "ls"], aws, timeout: TimeSpan.FromMinutes(1));
        Assert.True(ls.Succeeded, ls.Describe());
        Assert.Contains("demo-bucket", ls.StandardOutput, StringComparison.Ordinal);

        tui.SendKeys("C-q");
        DateTime until = DateTime.UtcNow.AddSeconds(15);
        while (tui.IsRunning() && DateTime.UtcNow < until)
        {
            Thread.Sleep(100);
        }

        Assert.False(tui.IsRunning(), "storj-tui did not exit on Ctrl-Q");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
