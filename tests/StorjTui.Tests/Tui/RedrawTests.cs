using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace StorjTui.Tests.Tui;

/// <summary>
/// What the main loop draws after a change: only the changed views, over what the terminal already shows. The shell
/// and its content area leave clearing to the views that span them (a start-up saving), so whatever they do not
/// span must still be cleared, or the screen before stays visible around the new one.
/// </summary>
public sealed class RedrawTests
{
    [Fact]
    public void A_step_pop_up_shows_nothing_of_the_screen_before_around_it()
    {
        using var scenario = new Scenario();
        using var tui = scenario.Start();
        tui.ToEncryption().Shows("Use the current passphrase");

        tui.App.InjectKey(Key.Enter);
        string screen = tui.SettleAndDrawChanges();

        Assert.Contains("Confirm details", screen);
        Assert.False(screen.Contains("Use the current passphrase", StringComparison.Ordinal), $"The encryption screen shows around the pop-up:\n{screen}");
    }

    [Fact]
    public void Closing_the_help_leaves_none_of_it_on_the_screen()
    {
        using var scenario = new Scenario();
        using var tui = scenario.Start();
        tui.Press(Key.F1).Shows("Keys: Connect");

        tui.App.InjectKey(Key.F1);
        string screen = tui.SettleAndDrawChanges();

        Assert.Contains("Where do you want to create credentials?", screen);
        Assert.False(screen.Contains("Keys: Connect", StringComparison.Ordinal), $"The help still shows:\n{screen}");
    }
}
