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
}
