using StorjTui.Core.Flow;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Where am I: the create flow names its step ("Step 3 of 6 · Access encryption"); Connect forgets a stale "Connecting...".</summary>
public sealed class StepIndicatorTests
{
    [Fact]
    public void CreateFlowShowsItsStep()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Step 1 of 6 · Create Access");
        tui.Type("stepper").Press(Key.Enter).Settle().Shows("Step 2 of 6 · Permissions");
        tui.Press(Key.Enter).Settle().Shows("Step 3 of 6 · Access encryption");
        tui.Pick(1).Press(Key.Enter).Settle().Shows("Step 4 of 6 · Enter a new passphrase");
        tui.Press(Key.Esc).Settle().Shows("Step 3 of 6 · Access encryption");
        tui.DoesNotShow("Step 4");
    }

    [Fact]
    public void ConfirmDetailsIsStep5AndBackReturnsToStep3()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Shows("Step 5 of 6 · Confirm details");
        tui.Press(Key.Esc).Settle().Shows("Step 3 of 6 · Access encryption").DoesNotShow("Step 5");
    }

    [Fact]
    public void StepsComeFromTheFlowsStepList()
    {
        Assert.Equal((3, 6), CreateAccessSteps.Position(CreateAccessStep.AccessEncryption));
        Assert.Equal(CreateAccessSteps.Position(CreateAccessStep.EnterPassphrase), CreateAccessSteps.Position(CreateAccessStep.ShowGeneratedPassphrase));
        Assert.Null(CreateAccessSteps.Position(CreateAccessStep.Created));
    }

    [Fact]
    public void GoingBackToConnectClearsConnecting()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.Press(Key.Enter).Settle();
        Assert.NotEqual(NavigationStep.Connect, tui.Step);

        tui.Press(Key.Esc).Settle();
        if (tui.Shell.HasOverlay)
        {
            tui.Press(Key.Enter).Settle();
        }

        Assert.Equal(NavigationStep.Connect, tui.Step);
        tui.DoesNotShow("Connecting");
    }
}
