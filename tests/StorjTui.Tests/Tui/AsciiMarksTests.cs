using StorjTui.Tui.Screens;
using StorjTui.Tui.Terminal;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// In ASCII mode every box and option shows a visible mark, ticked or not: [ ]/[x] and ( )/(*). These tests leave
/// Terminal.Gui's process-wide glyphs alone (other tests run in parallel): the marks must not depend on them.
/// </summary>
public sealed class AsciiMarksTests
{
    private static Tui Ascii(Scenario scenario) => new(scenario.Environment, look: new TerminalLook(NoColor: true, AsciiOnly: true));

    [Fact]
    public void ConnectOptionsShowChosenAndUnchosenMarks()
    {
        using var scenario = new Scenario();
        using Tui tui = Ascii(scenario);
        tui.Shows("(*) Sandbox (no account").Shows("( ) us1.storj.io").Shows("( ) Existing access grant");

        tui.Press(Key.CursorDown).Press(Key.Space);

        tui.Shows("( ) Sandbox (no account").Shows("(*) us1.storj.io");
        // A row of options puts the label right after the mark, so the End date row still fits 80 columns.
        tui.Shows("(*)Email and password").Shows("( )Console REST API key");
    }

    [Fact]
    public void TheGrantsShowBoxHasAMarkThoughItsFieldsComeOnlyWhenChosen()
    {
        using var scenario = new Scenario();
        using Tui tui = Ascii(scenario);
        tui.DoesNotShow("Show");

        tui.Pick(5);

        tui.Shows("(*) Existing access grant").Shows("[ ] Show");
    }

    [Fact]
    public void PermissionBoxesShowTickedAndUntickedMarks()
    {
        using var scenario = new Scenario();
        using Tui tui = Ascii(scenario);
        tui.ToPermissions();
        Assert.True(tui.Screen.Contains("( )1 year ( )Date", StringComparison.Ordinal), tui.Screen);
        tui.Shows("[x] All").Shows("[x] Read").Shows("(*)All buckets").Shows("( )Only the buckets")
            .Shows("(*)No expiration ( )1 day").Shows("( )1 year ( )Date");

        tui.Press(Key.Space); // untick All

        tui.Shows("[ ] All").Shows("[ ] Read").Shows("[ ] Delete");
    }

    [Fact]
    public void UnicodeModeKeepsTerminalGuiGlyphs()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.DoesNotShow("(*) Sandbox").DoesNotShow("( ) us1");
    }

    [Fact]
    public void UnmarkedListEntriesHaveAVisibleAsciiMark() =>
        Assert.NotEqual(' ', TerminalLook.AsciiFor("CheckStateUnChecked"));
}
