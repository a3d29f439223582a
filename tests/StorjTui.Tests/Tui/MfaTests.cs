using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Storj.Console;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>The MFA code field appears only after the satellite answered that the account needs one.</summary>
public sealed class MfaTests
{
    private const string ConsoleText = "This account uses two-factor authentication. Log in again with the 6-digit code";

    [Fact]
    public void TheCodeFieldAppearsWhenTheSatelliteAsksAndTheCodeIsSent()
    {
        using var scenario = new Scenario();
        scenario.Open = request => request.MfaCode is null
            ? Task.FromException<IStorjConnection>(new MfaRequiredException(ConsoleText + " from your authenticator app (or a recovery code)."))
            : Task.FromResult<IStorjConnection>(scenario.Connection);
        using Tui tui = scenario.Start();
        tui.Pick(1).Shows("Password").DoesNotShow("MFA code");

        tui.Press(Key.Tab, 2).Type("alice@example.com").Press(Key.Tab).Type("pa55word").Press(Key.Enter).Settle();
        tui.Shows("MFA code").Shows("two-factor authentication");
        Assert.Equal(NavigationStep.Connect, tui.Step);
        Assert.IsType<TextField>(tui.Focused);

        tui.Type("123456").Press(Key.Enter).Settle();
        Assert.NotEqual(NavigationStep.Connect, tui.Step);
        Assert.Equal([null, "123456"], scenario.Requests.Select(r => r.MfaCode));
        Assert.All(scenario.Requests, r => Assert.Equal("alice@example.com", r.Email));
    }

    [Fact]
    public void OtherFailuresDoNotAskForACode()
    {
        using var scenario = new Scenario();
        scenario.Open = _ => Task.FromException<IStorjConnection>(new WrongCredentialsException("Your email or password was incorrect, please try again."));
        using Tui tui = scenario.Start();
        tui.Pick(1).Press(Key.Tab, 2).Type("alice@example.com").Press(Key.Tab).Type("wrong").Press(Key.Enter).Settle();
        tui.Shows("email or password was incorrect").DoesNotShow("MFA code");
    }
}
