using System.Diagnostics;
using System.Text.RegularExpressions;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Tui;

/// <summary>
/// The real executable in tmux: nothing secret stays in the terminal after the app exits, and a hang-up (the SSH
/// connection dropping) ends the app instead of leaving it running.
/// </summary>
public sealed partial class TuiExitTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("storj-tui-exit-").FullName;

    [SkippableFact]
    public void AfterQuittingWithCreatedKeysTheTerminalHoldsNoneOfThem()
    {
        string tmux = RequiredTool.Command("tmux");
        string exe = Path.Join(AppContext.BaseDirectory, "storj-tui.dll");
        // The user's earlier work fills the scrollback; a shell stays in the pane after the app, so the pane
        // (and its scrollback) can be read afterwards.
        using var tui = new TmuxSession(tmux, $"sh -c 'seq -f EARLIER-WORK-%g 1 60; dotnet {exe} --sandbox; echo STORJ-TUI-EXITED; sleep 120'", Work(), Environment());
        string created = tui.CreateS3CredentialsOnTheSandbox("exit-check");
        string accessKey = AccessKey().Match(created).Value;
        Assert.Matches("^[a-z2-7]{28}$", accessKey);

        tui.SendKeys("C-q");
        tui.WaitFor("Quit?");
        tui.SendKeys("M-q"); // Alt-Q answers Quit; Enter would keep the default, Stay
        tui.WaitFor("STORJ-TUI-EXITED");

        string everything = tui.CaptureAll();
        Assert.DoesNotContain(accessKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("S3 Credentials created", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret Key", everything, StringComparison.Ordinal);

        // The user's scrollback is theirs: all of it is still there, in order.
        string[] lines = everything.Split('\n');
        int first = Array.IndexOf(lines, "EARLIER-WORK-1");
        Assert.True(first >= 0, "the scrollback from before the app was wiped:\n" + everything);
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"EARLIER-WORK-{i}"), lines.Skip(first).Take(60));

        // Every mode the app turned on is off again: application cursor keys (ESC[?1h) and keypad (ESC=).
        Assert.Equal("cursor-keys=0 keypad=0", tui.Format("cursor-keys=#{keypad_cursor_flag} keypad=#{keypad_flag}").Trim());
    }

    [SkippableFact]
    public void AHangUpEndsTheApp()
    {
        string tmux = RequiredTool.Command("tmux");
        string exe = Path.Join(AppContext.BaseDirectory, "storj-tui.dll");
        var tui = new TmuxSession(tmux, $"exec dotnet {exe}", Work(), Environment());
        try
        {
            tui.WaitFor("Where do you want to create credentials?");
            using Process app = Process.GetProcessById(tui.PanePid());

            tui.KillSession();

            Assert.True(app.WaitForExit(TimeSpan.FromSeconds(10)), "storj-tui kept running after its terminal hung up");
        }
        finally
        {
            tui.Dispose();
        }
    }

    private string Work() => Directory.CreateDirectory(Path.Join(_root, "work")).FullName;

    private Dictionary<string, string> Environment() => new()
    {
        ["XDG_DATA_HOME"] = Path.Join(_root, "data"),
        ["XDG_STATE_HOME"] = Path.Join(_root, "state"),
        ["XDG_CONFIG_HOME"] = Path.Join(_root, "config"),
        ["HOME"] = Path.Join(_root, "home"),
        ["TERM"] = "xterm-256color",
        ["STORJ_TUI__SANDBOX__S3GATEWAY"] = "http://127.0.0.1:9/",
    };

    [GeneratedRegex("(?<![a-z2-7])[a-z2-7]{28}(?![a-z2-7])")]
    private static partial Regex AccessKey();

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
