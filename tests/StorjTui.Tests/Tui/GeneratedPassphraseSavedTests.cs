using StorjTui.Core.Flow;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// A passphrase generated in the flow is a value that appears only once, like the keys: the result screen counts it
/// unsaved until it was copied or downloaded (on its own screen or by Download all), and "Close without saving?" names it.
/// </summary>
public sealed class GeneratedPassphraseSavedTests
{
    private static Tui ToGenerated(Scenario scenario)
    {
        Tui tui = scenario.Start();
        tui.ToEncryption().Pick(2).Press(Key.Enter).Settle().Shows("I saved my encryption passphrase.");
        return tui;
    }

    private static Tui Create(Tui tui) =>
        tui.Press(Key.Enter).Settle().Shows("Confirm details").Press(Key.Enter).Settle().WaitFor("S3 Credentials created");

    [Fact]
    public void AGeneratedPassphraseNeitherCopiedNorDownloadedStaysUnsaved()
    {
        using var scenario = new Scenario();
        using Tui tui = ToGenerated(scenario);
        Create(tui.Press(Key.S.WithAlt));

        tui.Press(Key.A.WithAlt).Shows("Not saved yet: Passphrase").DoesNotShow("Saved. The keys");
        tui.Press(Key.O.WithAlt).Shows("Close without saving?").Shows("Passphrase.");
        tui.Press(Key.Enter).Settle();
        Assert.Equal(NavigationStep.Result, tui.Step);
    }

    [Fact]
    public void CopyingThePassphraseOnItsScreenCountsAsSaved()
    {
        using var scenario = new Scenario();
        using Tui tui = ToGenerated(scenario);
        tui.Press(Key.P.WithAlt).Shows("The 12-word passphrase sent to your terminal's clipboard.");
        Create(tui.Press(Key.S.WithAlt));

        tui.Press(Key.A.WithAlt).Shows("Saved. The keys will not be shown again");
        tui.Press(Key.O.WithAlt).Settle();
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
    }

    [Fact]
    public void EnterWithTheBoxUntickedSaysWhatToDo()
    {
        using var scenario = new Scenario();
        using Tui tui = ToGenerated(scenario);

        tui.Press(Key.Enter).Settle();

        Assert.Equal(CreateAccessStep.ShowGeneratedPassphrase, tui.CreateStep);
        tui.Shows("Tick \"I saved my encryption passphrase\" to continue");
    }
}
