using StorjTui.Core.Flow;
using StorjTui.Tui.Screens;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>In an option group, Enter uses the highlighted option (not the one chosen before the arrows moved).</summary>
public sealed class OptionGroupEnterTests
{
    [Fact]
    public void ConnectEnterConnectsToTheHighlightedTarget()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.Press(Key.CursorDown, 4).Press(Key.Enter).Settle(); // highlight "Custom satellite", no Space

        Assert.Equal(ConnectTarget.CustomSatellite, Assert.Single(scenario.Requests).Target);
    }

    [Fact]
    public void AccessEncryptionEnterUsesTheHighlightedChoice()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.CursorDown, 2).Press(Key.Enter).Settle(); // highlight "Generate", no Space

        Assert.Equal(CreateAccessStep.ShowGeneratedPassphrase, tui.CreateStep);
    }

    [Fact]
    public void EnterOnTheChosenOptionStillGoesNext()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle();

        Assert.Equal(CreateAccessStep.ConfirmDetails, tui.CreateStep);
    }
}
