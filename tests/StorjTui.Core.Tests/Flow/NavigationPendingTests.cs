using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using Step = StorjTui.Core.Flow.NavigationStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>Unfinished creations: only the open project's are listed; Resume reuses the name its leftover key holds.</summary>
public class NavigationPendingTests
{
    private static readonly Project Alpha = new("p-alpha", "Alpha", FlowFixture.Start, false);
    private readonly FlowFixture _fixture = new();

    private static PendingCreation Pending(string name, string projectId = "p-alpha", AccessType type = AccessType.AccessGrant) =>
        new("id-" + name, projectId, "Alpha", name, type, FlowFixture.Start, CanFinishWithSameKey: false);

    private NavigationFlow AtAccessPage()
    {
        var nav = new NavigationFlow(_fixture.Services);
        nav.Connected([Alpha], isAccessGrant: false);
        nav.EnterProjectPassphrase("project words");
        nav.ShowAccesses([new AccessSummary("k1", "cut-off", FlowFixture.Start), new AccessSummary("k2", "other", FlowFixture.Start)], ["photos"]);
        return nav;
    }

    [Fact]
    public void Only_the_open_projects_pending_creations_are_kept()
    {
        using var nav = AtAccessPage();
        nav.ShowPendingCreations([Pending("cut-off"), Pending("elsewhere", "p-beta")]);
        Assert.Equal(["cut-off"], nav.PendingCreations.Select(p => p.Name));
    }

    [Fact]
    public void Resume_opens_the_flow_with_the_name_and_type_and_the_name_is_not_taken()
    {
        using var nav = AtAccessPage();
        PendingCreation pending = Pending("cut-off");
        nav.ShowPendingCreations([pending]);

        Assert.True(nav.StartResume(pending).Accepted);

        Assert.Equal(Step.CreateAccess, nav.Step);
        Assert.Equal("cut-off", nav.Create!.Draft.Name);
        Assert.Equal(AccessType.AccessGrant, nav.Create.Draft.Type);
        Assert.True(nav.Create.Next().Accepted); // "cut-off" is its own leftover key, not a clash
        Assert.Equal(pending, nav.ResumeTarget);
    }

    [Fact]
    public void A_renamed_draft_is_a_new_access_not_the_resumed_one()
    {
        using var nav = AtAccessPage();
        PendingCreation pending = Pending("cut-off");
        nav.ShowPendingCreations([pending]);
        nav.StartResume(pending);

        nav.Create!.SetName("something-else");

        Assert.Null(nav.ResumeTarget);
        Assert.Equal(pending, nav.Resuming);
    }

    [Fact]
    public void Resume_of_something_not_listed_is_refused()
    {
        using var nav = AtAccessPage();
        PendingCreation result = Pending("gone");
        var refused = nav.StartResume(result);
        Assert.False(refused.Accepted);
        Assert.Equal(Step.AccessPage, nav.Step);
        Assert.Contains("no longer unfinished", refused.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_creation_left_pending_is_what_Retry_finishes_and_Create_forgets_it()
    {
        using var nav = AtAccessPage();
        nav.StartCreate(AccessType.AccessGrant);
        nav.Create!.SetName("fresh");
        Assert.Null(nav.ResumeTarget);

        PendingCreation leftover = Pending("fresh");
        nav.CreationLeftPending(leftover);
        Assert.Equal(leftover, nav.ResumeTarget);

        nav.Create.Cancel();
        Assert.Equal(Step.AccessPage, nav.Step);
        Assert.Null(nav.Resuming);
    }
}
