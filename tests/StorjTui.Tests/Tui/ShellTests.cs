using StorjTui.Core.Access;
using StorjTui.Tui.Screens;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

public sealed class ShellTests
{

    [Fact]
    public void FirstScreenIsConnectWithStatusBarKeys()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        string screen = tui.Screen;
        Assert.Contains("Connect", screen, StringComparison.Ordinal);
        Assert.Contains("Sandbox (no account", screen, StringComparison.Ordinal);
        Assert.Contains("Ctrl-Q Quit", screen, StringComparison.Ordinal);
        Assert.Contains("F1 Help", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void F1ListsEveryKeyAndClosesWithEsc()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.Press(Key.F1);
        Assert.True(tui.Shell.HasOverlay);
        Assert.Contains("Keys: Connect", tui.Screen, StringComparison.Ordinal);
        Assert.Contains("Tab / Shift-Tab", tui.Screen, StringComparison.Ordinal);
        tui.Press(Key.Esc);
        Assert.False(tui.Shell.HasOverlay);
        Assert.DoesNotContain("Keys: Connect", tui.Screen, StringComparison.Ordinal);
    }
}
