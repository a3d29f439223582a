using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>While a pop-up is open, the status bar lists the pop-up's keys, not the keys of the screen behind it.</summary>
public sealed class PopUpStatusBarTests
{
    private static string StatusBar(Tui tui) => tui.Screen.TrimEnd('\n').Split('\n')[^2];

    [Fact]
    public void ConfirmDetailsShowsItsOwnKeysNotTheGeneratedPassphraseKeys()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Pick(2).Press(Key.Enter).Settle().Shows("1. abandon");
        Assert.Contains("Alt-P", StatusBar(tui), StringComparison.Ordinal);
        tui.Press(Key.S.WithAlt).Press(Key.Enter).Settle().Shows("Confirm details");

        string status = StatusBar(tui);
        Assert.DoesNotContain("Alt-P", status, StringComparison.Ordinal);
        Assert.Contains("Enter Confirm", status, StringComparison.Ordinal);
        Assert.Contains("Alt-B Back", status, StringComparison.Ordinal);
        Assert.Contains("Ctrl-Q Quit", status, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteConfirmationShowsItsOwnKeysNotTheAccessPageKeys()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.N.WithAlt).Press(Key.Delete).Shows("Deleting an access revokes it");

        string status = StatusBar(tui);
        Assert.DoesNotContain("Alt-S Create", status, StringComparison.Ordinal);
        Assert.Contains("Enter Delete", status, StringComparison.Ordinal);
    }
}
