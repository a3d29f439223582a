using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>The access page's own keys, on a project with no accesses and with some.</summary>
public sealed class AccessPageKeysTests
{
    [Fact]
    public async Task GoingToTheEmptyListOfAccessesIsHarmless()
    {
        await using var scenario = new SandboxScenario();
        using Tui tui = scenario.Start();
        tui.ToSandboxAccessPage();

        // Alt-N (the "Name" hotkey) once crashed the app here: the empty table was given a selected row.
        tui.Press(Key.N.WithAlt).Press(Key.CursorDown).Press(Key.Delete).Shows("No accesses yet.");

        tui.Press(Key.S.WithAlt).Settle().Shows("Create a new access");
    }
}
