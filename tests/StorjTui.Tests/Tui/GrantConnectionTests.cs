using StorjTui.Core.Flow;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>
/// An access grant connection: the pasted grant can be shown to inspect a bad paste, and Permissions says the grant
/// cannot list the project's buckets (instead of "no buckets yet") and takes typed bucket names.
/// </summary>
public sealed class GrantConnectionTests
{
    private static Tui ToGrantPermissions(Scenario scenario)
    {
        scenario.Connection.Buckets.Clear(); // a grant connection lists no buckets
        Tui tui = scenario.Start();
        tui.Pick(5).Shows("Access grant").Press(Key.Tab).Type("1somegrant").Press(Key.Enter).Settle().WaitFor("Create S3 Credentials");
        Assert.True(tui.Navigation.IsAccessGrantConnection);
        return tui.Press(Key.Enter).Settle().Type("from-grant").Press(Key.Enter).Settle().Shows("Permissions");
    }

    [Fact]
    public void APastedGrantCanBeShown()
    {
        using var scenario = new Scenario();
        scenario.Connection.CanUseNewPassphrase = false; // the connection says it is a grant
        using Tui tui = scenario.Start();
        tui.Pick(5).Press(Key.Tab).Type("1pasted-grant");
        tui.DoesNotShow("1pasted-grant");

        tui.Press(Key.H.WithAlt).Shows("1pasted-grant");
        tui.Press(Key.H.WithAlt).DoesNotShow("1pasted-grant");

        // Show leaves the focus in the field, so Enter still connects.
        tui.Press(Key.H.WithAlt).Press(Key.Enter).Settle().WaitFor("Create S3 Credentials");
        Assert.True(tui.Navigation.IsAccessGrantConnection);
    }

    [Fact]
    public void TheAccessPageShowsWhyAGrantListsNoAccessesWhole()
    {
        using var scenario = new Scenario();
        scenario.Connection.CanUseNewPassphrase = false; // the connection says it is a grant
        scenario.Connection.FailListAccessesWith = "An access grant alone cannot list accesses: log in to the satellite console to see them.";
        using Tui tui = scenario.Start();
        tui.Pick(5).Press(Key.Tab).Type("1somegrant").Press(Key.Enter).Settle().WaitFor("Create S3 Credentials");

        tui.WaitFor("cannot list accesses").Shows("see them.");
        Assert.Empty(TextFit.Cuts(tui));
    }

    [Fact]
    public void PermissionsSayTheGrantCannotListBucketsAndTakeTypedNames()
    {
        using var scenario = new Scenario();
        scenario.Connection.CanUseNewPassphrase = false; // the connection says it is a grant
        using Tui tui = ToGrantPermissions(scenario);
        tui.DoesNotShow("This project has no buckets yet").Shows("cannot list");

        // Permissions, Object Lock, bucket notifications: three Tab stops to the Buckets group; "Only the buckets I pick".
        tui.Press(Key.Tab, 3).Press(Key.CursorRight).Press(Key.Space).Press(Key.Tab);
        Assert.IsType<TextField>(tui.Focused);
        tui.Type("photos, logs");

        Assert.Equal(["photos", "logs"], tui.Navigation.Create!.Draft.Buckets);
        tui.Press(Key.Enter).Settle();
        Assert.Equal(CreateAccessStep.AccessEncryption, tui.CreateStep);
    }
}
