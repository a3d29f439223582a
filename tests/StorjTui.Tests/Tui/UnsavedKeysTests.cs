using StorjTui.Core.Flow;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// The "unsaved keys" warning on the result screen follows each value: copying the Access Key alone leaves the
/// Secret Key unsaved, and the warning stays until it was copied or downloaded. In its questions Enter keeps
/// things as they are (Stay / Keep); leaving or replacing takes a deliberate key.
/// </summary>
public sealed class UnsavedKeysTests
{
    private static Tui Created(Scenario scenario)
    {
        Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        return tui;
    }

    /// <summary>The row Copy buttons come first in the Tab order; focus starts on Download all.</summary>
    private static Tui CopyRow(Tui tui, int row, string title)
    {
        tui.Press(Key.Tab.WithShift, 6 - row).Press(Key.Enter);
        Assert.Equal($"{title} sent to your terminal's clipboard.", tui.Shell.Notice);
        return tui;
    }

    [Fact]
    public void CopyingOnlyTheAccessKeyKeepsTheWarningUntilTheSecretKeyIsCopied()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario);

        CopyRow(tui, 1, "Access Key");
        tui.Shows("Not saved yet: Secret Key").DoesNotShow("Saved. The keys");
        tui.Press(Key.O.WithAlt).Shows("Close without saving?").Shows("Not saved yet: Secret Key");
        tui.Press(Key.Esc).DoesNotShow("Close without saving?");
        Assert.Equal(NavigationStep.Result, tui.Step);

        CopyRow(tui, 2, "Secret Key");
        tui.Shows("Saved. The keys will not be shown again");
        tui.Press(Key.O.WithAlt).Settle().Shows("Create S3 Credentials");
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
    }

    [Fact]
    public void CopyAllSavesEveryValue()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario);

        tui.Press(Key.A.WithAlt).Shows("Saved. The keys will not be shown again");
        tui.Press(Key.O.WithAlt).Settle();
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
    }

    [Fact]
    public void EnterInCloseWithoutSavingStays()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario);

        tui.Press(Key.O.WithAlt).Shows("Close without saving?").Press(Key.Enter).Settle().DoesNotShow("Close without saving?");
        Assert.Equal(NavigationStep.Result, tui.Step);

        tui.Press(Key.O.WithAlt).Shows("Close without saving?").Press(Key.C.WithAlt).Settle();
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
    }

    [Fact]
    public void EnterInQuitStays()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario);
        bool quit = false;
        tui.Shell.QuitRequested += (_, _) => quit = true;

        tui.Press(Key.Q.WithCtrl).Shows("Quit?").Press(Key.Enter).DoesNotShow("Quit?");
        Assert.False(quit);
        Assert.Equal(NavigationStep.Result, tui.Step);

        tui.Press(Key.Q.WithCtrl).Shows("Quit?").Press(Key.Q.WithAlt);
        Assert.True(quit);
    }
}
