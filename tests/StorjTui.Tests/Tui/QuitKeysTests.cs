using StorjTui.Core.Flow;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>Only keys that work are offered; Ctrl-C copies a selection in a text field and otherwise quits like Ctrl-Q.</summary>
public sealed class QuitKeysTests
{
    [Fact]
    public async Task CreatingScreenOffersNoEscBack()
    {
        await using var scenario = new SandboxScenario();
        using Tui tui = scenario.Start();
        tui.ToSandboxAccessPage().Press(Key.Enter).Settle().Type("held").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Enter).Settle().Shows("Confirm details");
        scenario.Connection!.Hold = true;
        tui.Press(Key.Enter).WaitFor("[>]");

        tui.DoesNotShow("Esc Back").Shows("Ctrl-Q Quit");
        tui.Press(Key.F1).Shows("Keys: Creating access").DoesNotShow("Back (asks");
        tui.Press(Key.F1).Press(Key.Esc);
        Assert.Equal(CreateAccessStep.Creating, tui.CreateStep);

        scenario.Connection.Release();
        tui.WaitFor("S3 Credentials created", 60000);
    }

    [Fact]
    public void CtrlCOutsideATextFieldAsksLikeCtrlQ()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        Assert.IsType<Button>(tui.Focused);

        tui.Press(Key.C.WithCtrl);

        Assert.Equal("Quit?", tui.Shell.OverlayTitle);
        tui.Shows("Not saved yet: Access Key, Secret Key. Quit without copying or");
    }

    [Fact]
    public void CtrlCWithNothingToConfirmQuits()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        int quits = 0;
        tui.Shell.QuitRequested += (_, _) => quits++;

        tui.Press(Key.C.WithCtrl);

        Assert.Equal(1, quits);
    }

    [Fact]
    public void CtrlCInATextFieldWithASelectionCopiesInsteadOfQuitting()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        int quits = 0;
        tui.Shell.QuitRequested += (_, _) => quits++;
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access");
        TextField name = Assert.IsType<TextField>(tui.Focused);
        tui.Type("abc");
        name.InvokeCommand(Command.SelectAll);

        tui.Press(Key.C.WithCtrl);

        Assert.Equal(0, quits);
        Assert.False(tui.Shell.HasOverlay);
        Assert.Equal("abc", name.Text);
    }

    [Fact]
    public void CtrlQGoesThroughTheFlowWhichAsksWhileKeysAreUnsavedAndForgetsThem()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        Assert.Equal(["Access Key", "Secret Key"], tui.Navigation.UnsavedKeys);

        tui.Press(Key.Q.WithCtrl).Shows("Quit?").Press(Key.Q.WithAlt);

        Assert.Equal(NavigationStep.Exited, tui.Step);
        Assert.Null(tui.Navigation.LastCreated);
    }

    [Fact]
    public void CtrlQWhileCloseWithoutSavingIsOpenStillAsksBeforeLosingTheKeys()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        tui.Press(Key.Esc).Shows("Close without saving?");

        tui.Press(Key.Q.WithCtrl);

        Assert.Equal(NavigationStep.Result, tui.Step);
        Assert.Equal("Quit?", tui.Shell.OverlayTitle);
        tui.Press(Key.Enter);
        Assert.Equal(NavigationStep.Result, tui.Step);
        Assert.Equal(["Access Key", "Secret Key"], tui.Navigation.UnsavedKeys);
    }

    /// <summary>Stay on Quit? asked over Download all brings the pop-up back as it was, with the folder as typed.</summary>
    [Fact]
    public void StayOnQuitOverDownloadAllKeepsThePopUpAndTheTypedFolder()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        tui.Press(Key.Enter).Shows("Download all").Press(Key.End).Type("/typed-here");

        tui.Press(Key.Q.WithCtrl);
        Assert.Equal("Quit?", tui.Shell.OverlayTitle);
        tui.Press(Key.Enter);

        Assert.Equal("Download all", tui.Shell.OverlayTitle);
        tui.Shows(scenario.Work + "/typed-here");
        Assert.Equal(["Access Key", "Secret Key"], tui.Navigation.UnsavedKeys);
    }

    /// <summary>F1 over a pop-up lists the pop-up's own keys; Esc goes back to the pop-up as it was.</summary>
    [Fact]
    public void F1OverAPopUpShowsItsKeysAndEscGoesBackToIt()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        tui.Press(Key.Enter).Shows("Download all").Press(Key.End).Type("/typed-here");

        tui.Press(Key.F1).Shows("Keys: Download all").Shows("Save the files");
        tui.Press(Key.Esc);

        Assert.Equal("Download all", tui.Shell.OverlayTitle);
        tui.Shows(scenario.Work + "/typed-here");
        tui.Press(Key.F1).Shows("Keys: Download all").Press(Key.F1);
        Assert.Equal("Download all", tui.Shell.OverlayTitle);
    }

    [Fact]
    public void CtrlQTwiceQuitsAfterTheQuestion()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");

        tui.Press(Key.Q.WithCtrl).Shows("Quit?").Press(Key.Q.WithCtrl);

        Assert.Equal(NavigationStep.Exited, tui.Step);
    }

    [Fact]
    public void CtrlQWithEverythingSavedQuitsThroughTheFlowWithoutAsking()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        tui.Press(Key.A.WithAlt).Shows("Saved. The keys will not be shown again");
        Assert.Empty(tui.Navigation.UnsavedKeys);

        tui.Press(Key.Q.WithCtrl);

        Assert.False(tui.Shell.HasOverlay);
        Assert.Equal(NavigationStep.Exited, tui.Step);
    }
}
