using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// Issue #16: with the project passphrase skipped, Access encryption offers the console's "Enter my project
/// passphrase" first; it is typed twice on the next step and the access is encrypted with it.
/// </summary>
public sealed class SetMyProjectPassphraseTests
{
    [Fact]
    public void ASkippedProjectPassphraseCanBeEnteredForTheAccess()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption(projectPassphrase: null).Shows("◉ Enter my project passphrase");

        tui.Press(Key.Enter).Settle().Shows("Enter the passphrase you use for this project");
        Assert.Equal(CreateAccessStep.EnterPassphrase, tui.CreateStep);
        tui.Type("project words").Press(Key.Tab).Type("project words").Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");

        Assert.Equal(PassphraseChoice.EnterNew, scenario.Connection.LastRequest!.PassphraseChoice);
        Assert.Equal("project words", scenario.Connection.LastPassphrase);
    }

    [Fact]
    public void ItIsNotOfferedWhenTheProjectPassphraseWasEntered()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().DoesNotShow("Enter my project passphrase");
    }
}
