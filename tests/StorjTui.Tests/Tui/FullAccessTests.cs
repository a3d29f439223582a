using StorjTui.Core.Access;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Full access and Advanced by keyboard, and the Object Lock / notification boxes only where the satellite offers them.</summary>
public sealed class FullAccessTests
{
    [Fact]
    public void FullAccessSkipsThePermissionsScreenButKeepsConfirmDetails()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access").Shows("Full access");
        // Tab reaches the Access group on its chosen option, Advanced; Up goes to Full access and Space picks it.
        tui.Type("everything").Press(Key.Tab).Press(Key.CursorUp).Press(Key.Space).Settle().Shows("◉ Full access");
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Enter).Settle().Shows("Confirm details").Shows("Full access").Shows("All buckets");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");

        var request = scenario.Connection.LastRequest!;
        Assert.Equal(SatelliteFeatures.Default.FullAccess, request.Permissions);
        Assert.Empty(request.Buckets);
        Assert.Null(request.NotAfter);
    }

    [Fact]
    public void AdvancedOffersTheObjectLockAndNotificationBoxesAndSendsTheTickedOnes()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Shows("Object Lock").Shows("Bypass governance retention").Shows("Put notification config");
        tui.Press(Key.Tab).Press(Key.Space).Settle();
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Enter).Settle().Shows("Confirm details").Shows("PutObjectRetention");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");

        Assert.Equal(Permissions.All | Permissions.PutObjectRetention, scenario.Connection.LastRequest!.Permissions);
    }

    [Theory]
    [InlineData(false, true, "Object Lock", "Put notification config")]
    [InlineData(true, false, "Put notification config", "Object Lock")]
    public void AStepTheSatelliteHidesHasNoBoxes(bool objectLock, bool eventing, string hidden, string shown)
    {
        using var scenario = new Scenario();
        scenario.Connection.Features = new SatelliteFeatures(objectLock, eventing);
        using Tui tui = scenario.Start();
        tui.ToPermissions().Shows(shown).DoesNotShow(hidden);
    }

    /// <summary>Tab into an option group lands on the chosen option, so Enter keeps what the screen shows as chosen.</summary>
    [Fact]
    public void TabIntoTheAccessGroupLandsOnTheChosenOptionAndEnterKeepsIt()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access").Shows("◉ Advanced");

        tui.Type("as-shown").Press(Key.Tab);

        Assert.Contains("Advanced", tui.Focused?.Text ?? "", StringComparison.Ordinal);
        tui.Press(Key.Enter).Settle().Shows("Permissions");
    }
}
