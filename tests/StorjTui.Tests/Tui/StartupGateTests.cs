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

    [Fact]
    public void Terminal_Guis_own_gate_would_wait()
    {
        // The reason for StartupGate: without it an unanswered query holds the first frame for up to a second.
        var gate = new AnsiStartupGate();
        using var colours = gate.RegisterQuery(AnsiStartupQuery.TerminalColors, TimeSpan.FromSeconds(1));

        Assert.False(gate.IsReady);
    }
}
