using StorjTui.Core.Access;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Permissions, buckets and each kind of end date, checked on screen and in the request.</summary>
public sealed class PermissionsTests
{
    private static AccessRequest CreateFromPermissions(Scenario scenario, Tui tui)
    {
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        return scenario.Connection.LastRequest!;
    }

    [Fact]
    public void NoExpirationIsTheDefault()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Shows("◉ No expiration");
        Assert.Null(CreateFromPermissions(scenario, tui).NotAfter);
    }

    [Theory]
    [InlineData('d', "2026-06-16 23:59:59")]
    [InlineData('k', "2026-06-22 23:59:59")]
    [InlineData('m', "2026-07-15 23:59:59")]
    [InlineData('y', "2027-06-15 23:59:59")]
    public void PresetsEndAtTheEndOfTheTargetDay(char hotkey, string shown)
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(new Key(hotkey).WithAlt);
        tui.Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows(shown);
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        Assert.Equal(DateTimeOffset.Parse(shown + "Z", System.Globalization.CultureInfo.InvariantCulture), scenario.Connection.LastRequest!.NotAfter);
    }

    [Fact]
    public void ACustomDateMustBeInTheFuture()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.T.WithAlt).Press(Key.Tab).Type("2026-06-01");
        tui.Press(Key.Enter).Settle().Shows("has passed: choose a date in the");
        Assert.Equal(StorjTui.Core.Flow.CreateAccessStep.Permissions, tui.CreateStep);

        tui.Press(Key.Backspace, 10).Type("2026-12-24");
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 23, 59, 59, TimeSpan.Zero), CreateFromPermissions(scenario, tui).NotAfter);
    }

    [Fact]
    public void TheCalendarStartsTomorrowAndFillsTheDateField()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.T.WithAlt).Press(Key.O.WithAlt).Shows("Pick the end date").Shows("Date: 2026-06-16");
        tui.Press(Key.Enter).Settle().DoesNotShow("Pick the end date").Shows("2026-06-16");

        Assert.Equal(new DateTimeOffset(2026, 6, 16, 23, 59, 59, TimeSpan.Zero), CreateFromPermissions(scenario, tui).NotAfter);
    }

    [Fact]
    public void OnTheCalendarArrowsMoveTheDayAndSpacePicksIt()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.T.WithAlt).Press(Key.O.WithAlt).Shows("Pick the end date");
        tui.Press(Key.Tab).Press(Key.CursorDown).Press(Key.Space).Settle().DoesNotShow("Pick the end date").Shows("2026-06-23");

        Assert.Equal(new DateTimeOffset(2026, 6, 23, 23, 59, 59, TimeSpan.Zero), CreateFromPermissions(scenario, tui).NotAfter);
    }

    [Fact]
    public void APastDayPickedOnTheCalendarIsRefusedLikeATypedOne()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.T.WithAlt).Press(Key.O.WithAlt).Press(Key.Tab).Press(Key.CursorUp).Press(Key.Space).Settle().Shows("2026-06-09");
        tui.Press(Key.Enter).Settle().Shows("has passed: choose a date in the");
        Assert.Equal(StorjTui.Core.Flow.CreateAccessStep.Permissions, tui.CreateStep);
    }

    [Fact]
    public void CancellingTheCalendarKeepsTheTypedDate()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.T.WithAlt).Press(Key.Tab).Type("2026-12-24");
        tui.Press(Key.O.WithAlt).Shows("Pick the end date").Press(Key.Esc).DoesNotShow("Pick the end date").Shows("2026-12-24");

        Assert.Equal(new DateTimeOffset(2026, 12, 24, 23, 59, 59, TimeSpan.Zero), CreateFromPermissions(scenario, tui).NotAfter);
    }

    [Fact]
    public void AnEmptyCustomDateIsRefused()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.T.WithAlt).Press(Key.Enter).Settle().Shows("Enter the end date");
    }

    [Theory]
    [InlineData("2026-13-45", "'2026-13-45' is not a date")]
    [InlineData("", "Enter the end date")]
    [InlineData("   ", "Enter the end date")]
    public void AnUnreadableOrEmptyTypedDateKeepsTheFlowOnPermissions(string typed, string problem)
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.T.WithAlt).Press(Key.Tab).Type(typed);
        tui.Press(Key.Enter).Settle().Shows(problem);
        Assert.Equal(StorjTui.Core.Flow.CreateAccessStep.Permissions, tui.CreateStep);

        // A second Enter must not slip through either: the typo never becomes "No expiration date".
        tui.Press(Key.Enter).Settle().Press(Key.Enter).Settle().DoesNotShow("Confirm details").DoesNotShow("No expiration date");
        Assert.Equal(StorjTui.Core.Flow.CreateAccessStep.Permissions, tui.CreateStep);
        Assert.Null(scenario.Connection.LastRequest);
    }

    [Fact]
    public void ChosenBucketsAreFilteredMarkedAndSent()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.P.WithAlt).Shows("none marked yet");
        tui.Press(Key.F.WithAlt).Type("o").Shows("photos").Shows("logs").DoesNotShow("my-bucket");
        tui.Press(Key.Tab).Press(Key.Space).Press(Key.CursorDown).Press(Key.Space).Shows("Chosen     photos, logs");
        tui.Press(Key.F.WithAlt).Press(Key.Backspace).Shows("my-bucket");
        tui.Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("photos, logs");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        Assert.Equal(["photos", "logs"], scenario.Connection.LastRequest!.Buckets);
    }

    [Fact]
    public void PermissionsCanBeNarrowedButNotAllRemoved()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions().Press(Key.A.WithAlt).Press(Key.Enter).Settle().Shows("Choose at least one permission");
        tui.Press(Key.R.WithAlt).Press(Key.L.WithAlt);
        tui.Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("Read, List");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        Assert.Equal(Permissions.Read | Permissions.List, scenario.Connection.LastRequest!.Permissions);
    }
}
