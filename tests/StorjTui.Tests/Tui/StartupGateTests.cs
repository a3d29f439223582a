using StorjTui.Tui.Terminal;
using Terminal.Gui.Drivers;

namespace StorjTui.Tests.Tui;

public sealed class StartupGateTests
{
    [Fact]
    public void The_first_frame_does_not_wait_for_the_terminal_to_answer()
    {
        var gate = StartupGate.DrawAtOnce();
        using var colours = gate.RegisterQuery(AnsiStartupQuery.TerminalColors, TimeSpan.FromSeconds(1));
        using var keyboard = gate.RegisterQuery(AnsiStartupQuery.KittyKeyboard, TimeSpan.FromSeconds(1));

        Assert.True(gate.IsReady);
        Assert.Empty(gate.PendingQueries);
    }
}
