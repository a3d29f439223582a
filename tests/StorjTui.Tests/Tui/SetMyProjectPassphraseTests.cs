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

    /// <summary>
    /// As the console does afterwards, the passphrase entered for the access is kept as the project passphrase: the
    /// next access offers "Use the current passphrase" (first) and is made with it, against the real sandbox connection.
    /// </summary>
    [Fact]
    public async Task TheNextAccessUsesItAsTheCurrentPassphrase()
    {
        await using var scenario = new SandboxScenario();
        using Tui tui = scenario.Start();
        tui.Press(Key.Enter).Settle().WaitFor("Choose a project:");
        tui.Press(Key.Enter).Settle().WaitFor("Enter the encryption passphrase");
        tui.Press(Key.S.WithAlt).Settle().WaitFor("No accesses yet.");
        tui.Press(Key.Enter).Settle().Type("first").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("◉ Enter my project passphrase");
        tui.Press(Key.Enter).Settle().Type("demo passphrase").Press(Key.Tab).Type("demo passphrase").Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created", 60000);

        tui.Press(Key.O.WithAlt).Shows("Close without saving?").Press(Key.C.WithAlt).Settle().WaitFor("first");
        tui.Press(Key.Enter).Settle().Type("second").Press(Key.Enter).Settle().Press(Key.Enter).Settle()
            .Shows("Access encryption").DoesNotShow("Enter my project passphrase");
        Assert.Equal(PassphraseChoice.UseCurrent, tui.Navigation.Create!.Draft.PassphraseChoice);
        tui.Press(Key.Enter).Settle().Shows("Confirm details").Press(Key.Enter).Settle().WaitFor("S3 Credentials created", 60000);

        Assert.Equal(PassphraseChoice.UseCurrent, scenario.Connection!.LastRequest!.PassphraseChoice);
    }

    [Fact]
    public void ItIsNotOfferedWhenTheProjectPassphraseWasEntered()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().DoesNotShow("Enter my project passphrase");
    }
}
