using StorjTui.Core.Flow;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// Visits every screen on the real in-process sandbox at 80×24 and checks each fits (24 rows, 80 columns,
/// status bar visible). With SCREENSHOTS_DIR set, it also saves each frame as ANSI for screenshots/make.sh.
/// </summary>
public sealed class ScreenTourTests
{
    private static readonly string? OutputFolder = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR");

    private static void Frame(Tui tui, string name, List<string> seen)
    {
        string[] lines = tui.Screen.TrimEnd('\n').Split('\n');
        Assert.Equal(24, lines.Length);
        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= 80, $"{name}: a row is wider than 80 columns"));
        Assert.Contains("F1 Help", lines[^2], StringComparison.Ordinal);
        seen.Add(name);
        if (OutputFolder is not null)
        {
            Directory.CreateDirectory(OutputFolder);
            File.WriteAllText(Path.Join(OutputFolder, name + ".ans"), tui.Ansi);
        }
    }

    [Fact]
    public async Task EveryScreenFitsAt80x24()
    {
        await using var scenario = new SandboxScenario();
        using Tui tui = scenario.Start();
        var seen = new List<string>();
        Frame(tui, "01-connect", seen);
        tui.Press(Key.Enter).Settle().WaitFor("Choose a project:");
        Frame(tui, "02-project", seen);
        tui.Press(Key.Enter).Settle().WaitFor("Enter the encryption passphrase");
        Frame(tui, "03-project-passphrase", seen);
        tui.Type("demo passphrase").Press(Key.Enter).Settle().WaitFor("No accesses yet.");
        Frame(tui, "04-access-page", seen);
        tui.Press(Key.F1);
        Frame(tui, "05-help", seen);
        tui.Press(Key.Esc).Press(Key.Enter).Settle().Type("backup-server").Shows("Create a new access");
        Frame(tui, "06-create-access", seen);
        tui.Press(Key.Enter).Settle().Press(Key.P.WithAlt).Press(Key.F.WithAlt).Press(Key.Tab).Press(Key.Space).Press(Key.M.WithAlt);
        Frame(tui, "07-permissions", seen);
        tui.Press(Key.T.WithAlt).Press(Key.O.WithAlt).Shows("Pick the end date");
        Frame(tui, "18-end-date-calendar", seen);
        tui.Press(Key.Esc).Press(Key.M.WithAlt).DoesNotShow("Pick the end date");
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        Frame(tui, "08-access-encryption", seen);
        tui.Pick(1).Press(Key.Enter).Settle().Type("a long new passphrase").Press(Key.Tab).Type("a long new passphrase");
        Frame(tui, "09-enter-passphrase", seen);
        // Back on Access encryption, focus returns to the chosen option ("Enter a new passphrase"): one down is "Generate".
        tui.Press(Key.Esc).Pick(1).Press(Key.Enter).Settle().Shows("1. abandon");
        Frame(tui, "10-generated-passphrase", seen);
        tui.Press(Key.S.WithAlt).Press(Key.Enter).Settle().Shows("Confirm details");
        Frame(tui, "11-confirm-details", seen);
        scenario.Connection!.Hold = true;
        tui.Press(Key.Enter).WaitFor("[>] Deriving key");
        Frame(tui, "12-creating", seen);
        scenario.Connection.Release();
        tui.WaitFor("S3 Credentials created", 60000);
        Frame(tui, "13-created", seen);
        tui.Press(Key.Enter).Shows("Download all");
        Frame(tui, "14-download-all", seen);
        tui.Press(Key.S.WithAlt).Shows("Saved").Press(Key.O.WithAlt).Settle().WaitFor("backup-server");
        tui.Press(Key.N.WithAlt).Press(Key.Delete).Shows("Deleting an access revokes it");
        Frame(tui, "15-delete-access", seen);
        tui.Press(Key.Esc).Press(Key.G.WithAlt).Settle().Type("ci-grant").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle();
        tui.WaitFor("Access Grant created", 60000);
        Frame(tui, "16-access-grant-created", seen);
        tui.Press(Key.A.WithAlt).Press(Key.O.WithAlt).Settle().WaitFor("ci-grant");
        tui.Press(Key.A.WithAlt).Settle().Type("ops-key").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle();
        tui.WaitFor("API Key created", 60000);
        Frame(tui, "17-api-key-created", seen);
        Assert.Equal(NavigationStep.Result, tui.Step);
        Assert.Equal(18, seen.Count);
    }
}
