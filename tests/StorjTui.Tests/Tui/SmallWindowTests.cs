using StorjTui.Core.Flow;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>Below the size a screen needs, the app says how big to make the window instead of drawing part of it.</summary>
public sealed class SmallWindowTests
{
    [Fact]
    public void TooSmallShowsTheSizeToMakeTheWindowAndKeepsWhatWasTyped()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access").Type("kept-name");

        tui.Resize(60, 20);

        tui.Shows("80x24").Shows("60x20").DoesNotShow("Create a new access").DoesNotShow("kept-name");
        tui.Resize(80, 24);
        tui.Shows("Create a new access").Shows("kept-name").DoesNotShow("60x20");
        Assert.IsType<TextField>(tui.Focused);
    }

    [Fact]
    public void TooSmallHidesTheResultValues()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        tui.Press(Key.S.WithAlt).Shows("jexamplesecretkey");

        tui.Resize(79, 24);

        tui.Shows("at least 80x24").DoesNotShow("jexamplesecret");
    }

    /// <summary>
    /// Ctrl-Q with keys unsaved asks Quit? first, but a window too small hides the question: the notice says what a
    /// second Ctrl-Q loses (it quit without the person ever seeing the warning).
    /// </summary>
    [Fact]
    public void CtrlQInATooSmallWindowSaysWhatQuittingLoses()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        tui.Resize(60, 20);

        tui.Press(Key.Q.WithCtrl);

        tui.Shows("at least 80x24").Shows("Not saved yet: Access Key, Secret Key.").Shows("Ctrl-Q again quits").DoesNotShow("jexample");
        Assert.Equal(NavigationStep.Result, tui.Step);
        tui.Press(Key.Q.WithCtrl);
        Assert.Equal(NavigationStep.Exited, tui.Step);
    }

    /// <summary>
    /// Quit? asked while the window was too small shows when it grows, with Enter on Stay as always: the focus went
    /// back to where it was before the window shrank, and Enter quit.
    /// </summary>
    [Fact]
    public void EnterOnAQuitQuestionAskedWhileTooSmallStays()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("S3 Credentials created");
        tui.Resize(60, 20);
        tui.Press(Key.Q.WithCtrl);

        tui.Resize(80, 24);
        Assert.Equal("Quit?", tui.Shell.OverlayTitle);
        tui.Press(Key.Enter);

        Assert.Equal(NavigationStep.Result, tui.Step);
        Assert.False(tui.Shell.HasOverlay);
        tui.Resize(60, 20);
        tui.Shows("at least 80x24").DoesNotShow("Not saved yet");
    }
}
