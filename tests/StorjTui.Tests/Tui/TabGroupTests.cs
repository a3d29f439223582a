using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>Option groups are one Tab stop each: Tab leaves the group for the next field, arrows move inside it.</summary>
public sealed class TabGroupTests
{
    private static string Describe(View? view) => view is null ? "(nothing)" : $"{view.GetType().Name} \"{view.Text}\"";

    [Fact]
    public void PermissionsTabsFromGroupToGroup()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions();
        Assert.Equal("_All", tui.Focused?.Text);

        // Arrows move inside the permissions group; Space toggles there.
        tui.Press(Key.CursorRight);
        Assert.Equal("_Read", tui.Focused?.Text);

        // One Tab leaves the five permission boxes for the Object Lock boxes (one stop, arrows inside), one more for
        // the bucket notification boxes, and one more for the Buckets group.
        tui.Press(Key.Tab);
        Assert.Equal("Put retention", tui.Focused?.Text);
        tui.Press(Key.CursorRight);
        Assert.Equal("Get retention", tui.Focused?.Text);
        tui.Press(Key.CursorDown);
        Assert.Equal("Put legal hold", tui.Focused?.Text);
        tui.Press(Key.Tab);
        Assert.Equal("Put notification config", tui.Focused?.Text);
        tui.Press(Key.Tab);
        Assert.True(tui.Focused?.Text is "All _buckets" or "Only the buckets I _pick (Space marks)", Describe(tui.Focused));
        tui.Press(Key.CursorRight).Press(Key.Space);
        Assert.Equal("Only the buckets I _pick (Space marks)", tui.Focused?.Text);

        // One Tab leaves the Buckets group for the filter field, then the list.
        tui.Press(Key.Tab);
        Assert.IsType<TextField>(tui.Focused);
        tui.Press(Key.Tab);
        Assert.IsType<ListView>(tui.Focused);

        // The End date group is one stop too: the next Tab reaches the date field.
        tui.Press(Key.Tab);
        Assert.Equal("_No expiration", tui.Focused?.Text);
        tui.Press(Key.CursorRight, 5).Press(Key.Space);
        Assert.Equal("Da_te", tui.Focused?.Text);
        tui.Press(Key.Tab);
        Assert.IsType<TextField>(tui.Focused);

        // And back.
        tui.Press(Key.Tab.WithShift);
        Assert.True(tui.Focused?.Text?.Length > 0 && tui.Focused is not TextField, Describe(tui.Focused));
    }

    [Fact]
    public void TypeAndEncryptionGroupsAreOneStop()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access");
        Assert.IsType<TextField>(tui.Focused); // the name field
        tui.Press(Key.Tab.WithShift);
        Assert.Equal("S3 Credentials", tui.Focused?.Text);
        tui.Press(Key.Tab);
        Assert.IsType<TextField>(tui.Focused);

        tui.Type("groups").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("Access encryption");
        Assert.Equal("Use the current passphrase", tui.Focused?.Text);
        tui.Press(Key.Tab);
        Assert.IsType<Button>(tui.Focused);
    }

    [Fact]
    public void ConnectLogInChoiceIsOneStop()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.Press(Key.CursorDown, 4).Press(Key.Space).Shows("Satellite URL");
        tui.Press(Key.Tab);
        Assert.IsType<TextField>(tui.Focused); // URL
        tui.Press(Key.Tab);
        Assert.Equal("Email and password", tui.Focused?.Text);
        tui.Press(Key.Tab);
        Assert.IsType<TextField>(tui.Focused); // Email, not the REST key option
    }
}
