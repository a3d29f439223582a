using StorjTui.Core.Access;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// Nothing is cut at 80×24: every screen and pop-up is drawn and each view's whole text must be on screen
/// inside its frame (labels, buttons, footers, notices with file names, pop-up titles).
/// </summary>
public sealed class TextFitTests
{
    private static void Fits(Tui tui, string name, List<string> cuts) =>
        cuts.AddRange(TextFit.Cuts(tui).Select(cut => $"{name}: {cut}"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryScreenAndPopUpShowsItsWholeTextAt80x24(bool asciiNoColor)
    {
        using var scenario = new Scenario();
        scenario.Connection.Projects.Add(new Project("p-2", "second-project", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), false));
        scenario.Connection.Pending.Add(new PendingCreation(
            "pc-1", "p-1", "demo-project", "nightly-backup-half-done", AccessType.S3Credentials,
            new DateTimeOffset(2026, 6, 14, 9, 0, 0, TimeSpan.Zero), CanFinishWithSameKey: false));
        var gated = new GatedConnection(scenario.Connection);
        scenario.Open = _ => Task.FromResult<IStorjConnection>(gated);
        using var tui = new Tui(scenario.Environment, look: new TerminalLook(asciiNoColor, asciiNoColor));
        var cuts = new List<string>();

        Fits(tui, "Connect", cuts);
        tui.Press(Key.Enter).Settle().Shows("Choose a project:");
        Fits(tui, "Projects", cuts);
        tui.Press(Key.Enter).Settle().Shows("Enter the encryption passphrase");
        Fits(tui, "Project passphrase", cuts);
        tui.Type("project secret").Press(Key.Enter).Settle().Shows("backup-job").Shows("nightly-backup-half-done");
        Fits(tui, "Access page", cuts);
        tui.Press(Key.F1).Shows("Keys");
        Fits(tui, "Help", cuts);
        tui.Press(Key.Esc).Press(Key.N.WithAlt).Press(Key.Delete).Shows("Delete access");
        Fits(tui, "Delete access", cuts);
        tui.Press(Key.Esc).Press(Key.S.WithAlt).Settle().Shows("Create a new access");
        Fits(tui, "Type and name", cuts);
        tui.Type("my-access").Press(Key.Enter).Settle().Shows("Permissions");
        Fits(tui, "Permissions", cuts);
        tui.Press(Key.F1).Shows("Keys");
        Fits(tui, "Permissions help", cuts);
        tui.Press(Key.Esc);
        tui.Press(Key.T.WithAlt).Press(Key.O.WithAlt).Shows("Pick the end date");
        Fits(tui, "End date calendar", cuts);
        tui.Press(Key.Esc).Press(Key.M.WithAlt).Press(Key.Enter).Settle().Shows("Access encryption");
        Fits(tui, "Access encryption", cuts);
        tui.Pick(1).Press(Key.Enter).Settle().Type("a long new passphrase").Press(Key.Tab).Type("a long new passphrase");
        Fits(tui, "Enter a new passphrase", cuts);
        tui.Press(Key.Esc).Pick(1).Press(Key.Enter).Settle().Shows("1. abandon");
        Fits(tui, "Generated passphrase", cuts);
        tui.Press(Key.S.WithAlt).Press(Key.Enter).Settle().Shows("Confirm details");
        Fits(tui, "Confirm details", cuts);
        gated.Hold = true;
        tui.Press(Key.Enter).WaitFor("[>]");
        Fits(tui, "Creating", cuts);
        gated.Release();
        tui.Settle().WaitFor("S3 Credentials created");
        Fits(tui, "Result", cuts);
        tui.Press(Key.S.WithAlt);
        Fits(tui, "Result, secrets shown", cuts);
        tui.Press(Key.Q.WithCtrl).Shows("Quit?");
        Fits(tui, "Quit?", cuts);
        tui.Press(Key.Esc).Press(Key.O.WithAlt).Shows("Close without saving?");
        Fits(tui, "Close without saving?", cuts);
        tui.Press(Key.Esc).Press(Key.D.WithAlt).Shows("Download all");
        Fits(tui, "Download all", cuts);
        tui.Press(Key.S.WithAlt).Shows("Saved");
        Fits(tui, "Saved notice", cuts);
        tui.Press(Key.D.WithAlt).Shows("Download all").Press(Key.S.WithAlt).Shows("Replace?");
        Fits(tui, "Replace?", cuts);
        tui.Press(Key.Enter).Press(Key.O.WithAlt).Settle().Shows("backup-job");
        scenario.Connection.FailCreateWith = "The auth service rejected the grant: the satellite address is not one it serves (disallowed satellite).";
        tui.Press(Key.G.WithAlt).Settle().Type("ci-grant").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle();
        tui.WaitFor("could not be created");
        Fits(tui, "Failed", cuts);
        tui.Press(Key.Enter).Settle().WaitFor("Access Grant created").Press(Key.S.WithAlt);
        Fits(tui, "Access Grant, shown", cuts);
        tui.Press(Key.F1).Shows("Keys");
        Fits(tui, "Result help", cuts);

        Assert.True(cuts.Count == 0, "Cut text at 80x24:\n" + string.Join('\n', cuts));
    }

    [Fact]
    public void AGrantConnectionShowsItsWholeNotices()
    {
        using var scenario = new Scenario();
        scenario.Connection.CanUseNewPassphrase = false; // the connection, not the Connect choice, says it is a grant
        using Tui tui = scenario.Start();
        var cuts = new List<string>();
        tui.Press(Key.CursorDown, 5).Press(Key.Space).Shows("Access grant");
        Fits(tui, "Connect with a grant", cuts);
        tui.Press(Key.Tab).Type("1SecretGrantText").Press(Key.Enter).Settle().Shows("backup-job");
        Fits(tui, "Access page (grant)", cuts);
        tui.Press(Key.S.WithAlt).Settle().Type("from-grant").Press(Key.Enter).Settle().Shows("Permissions");
        Fits(tui, "Permissions (grant)", cuts);
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        Fits(tui, "Access encryption (grant)", cuts);

        Assert.True(cuts.Count == 0, "Cut text at 80x24:\n" + string.Join('\n', cuts));
    }

    [Fact]
    public void At60x20TheWindowSaysHowBigToMakeItInsteadOfCutText()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start(width: 60, height: 20);
        tui.Shows("at least 80x24");
        Assert.Empty(TextFit.Cuts(tui));
        tui.Resize(80, 24);
        tui.ToAccessPage().Resize(60, 20);
        tui.Shows("at least 80x24").DoesNotShow("Create S3 Credentials");
        Assert.Empty(TextFit.Cuts(tui));
    }
}
