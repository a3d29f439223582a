using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>Logging in with a console REST API key: the e-mail is out of the way, and an empty key gets its own message.</summary>
public sealed class RestKeyModeTests
{
    [Fact]
    public void RestKeyModeHidesTheEmailAndAsksForTheKey()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.Press(Key.CursorDown).Press(Key.Space).Shows("Log in with");
        for (int i = 0; i < 5 && tui.Focused?.Text != "Email and password"; i++)
        {
            tui.Press(Key.Tab);
        }

        tui.Press(Key.Tab);
        Assert.IsType<TextField>(tui.Focused);
        tui.Type("me@example.com").Press(Key.Tab.WithShift).Press(Key.CursorRight);

        tui.Press(Key.Enter).Settle(); // chooses the highlighted "Console REST API key", then Connect

        tui.DoesNotShow("me@example.com").Shows("REST API key");
        tui.Shows("Paste your console REST API key").DoesNotShow("e-mail address and password");
        Assert.Empty(scenario.Requests);
    }
}
