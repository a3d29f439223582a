using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Hosting;
using StorjTui.Tests.Tui;

namespace StorjTui.Tests.Hosting;

/// <summary>The UI-free project session: connect → open project → lists, and what "current passphrase" means.</summary>
public sealed class ProjectSessionTests
{
    private static readonly Project Typed = new("p-1", "demo-project", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), false);
    private static readonly Project Managed = new("p-2", "managed", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), true);

    private static FakeStorjConnection Connection(bool grant = false)
    {
        var connection = new FakeStorjConnection { CanUseNewPassphrase = !grant };
        connection.Projects.Clear();
        connection.Projects.AddRange([Typed, Managed]);
        return connection;
    }

    private static byte[] Secret() => "project secret"u8.ToArray();

    [Fact]
    public async Task Starting_lists_the_projects_and_opens_none()
    {
        var session = await ProjectSession.StartAsync(Connection(), default);

        Assert.Equal([Typed, Managed], session.Projects);
        Assert.Null(session.Project);
        Assert.Equal(CurrentPassphrase.Unknown, session.CurrentPassphrase);
        Assert.False(session.IsAccessGrantConnection);
    }

    [Fact]
    public async Task A_project_opened_with_its_passphrase_makes_that_the_current_one()
    {
        var connection = Connection();
        var session = await ProjectSession.StartAsync(connection, default);

        await session.OpenProjectAsync(Typed, Secret(), default);

        Assert.Same(Typed, session.Project);
        Assert.Equal(CurrentPassphrase.ProjectPassphrase, session.CurrentPassphrase);
        Assert.Equal(Secret(), connection.OpenedWith);
    }

    [Fact]
    public async Task A_skipped_passphrase_leaves_the_current_one_unknown()
    {
        var session = await ProjectSession.StartAsync(Connection(), default);

        await session.OpenProjectAsync(Typed, null, default);

        Assert.Equal(CurrentPassphrase.Unknown, session.CurrentPassphrase);
    }

    [Fact]
    public async Task A_managed_project_gets_no_passphrase_and_the_satellites_is_current()
    {
        var connection = Connection();
        var session = await ProjectSession.StartAsync(connection, default);

        await session.OpenProjectAsync(Managed, Secret(), default);

        Assert.Null(connection.OpenedWith);
        Assert.Equal(CurrentPassphrase.ManagedBySatellite, session.CurrentPassphrase);
    }

    [Fact]
    public async Task A_connection_that_cannot_use_a_new_passphrase_is_an_access_grant_whose_key_is_current()
    {
        var connection = Connection(grant: true);
        var session = await ProjectSession.StartAsync(connection, default);

        await session.OpenProjectAsync(Typed, Secret(), default);

        Assert.True(session.IsAccessGrantConnection);
        Assert.Null(connection.OpenedWith);
        Assert.Equal(CurrentPassphrase.AccessGrantKey, session.CurrentPassphrase);
    }

    [Fact]
    public async Task The_current_passphrase_is_the_navigation_flows_for_every_case()
    {
        // The TUI's flow and the session answer from one rule, so the screens and `create` never disagree.
        foreach (bool grant in new[] { false, true })
        {
            foreach (Project project in new[] { Typed, Managed })
            {
                foreach (bool typed in new[] { false, true })
                {
                    var session = await ProjectSession.StartAsync(Connection(grant), default);
                    await session.OpenProjectAsync(project, typed ? Secret() : null, default);

                    using var nav = new NavigationFlow(FlowServices.CreateDefault());
                    nav.Connected([project], !session.Connection.CanUseNewPassphrase);
                    if (typed && nav.Step == NavigationStep.ProjectPassphrase)
                    {
                        nav.EnterProjectPassphrase("project secret");
                    }

                    Assert.Equal(nav.CurrentPassphrase, session.CurrentPassphrase);
                }
            }
        }
    }

    [Fact]
    public async Task Lists_are_the_open_projects_with_only_its_unfinished_creations_oldest_first()
    {
        var connection = Connection();
        var later = new PendingCreation("r-2", Typed.Id, Typed.Name, "later", AccessType.S3Credentials, new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), false);
        var earlier = new PendingCreation("r-1", Typed.Id, Typed.Name, "earlier", AccessType.ApiKey, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero), false);
        var elsewhere = new PendingCreation("r-3", Managed.Id, Managed.Name, "elsewhere", AccessType.ApiKey, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), false);
        connection.Pending.AddRange([later, elsewhere, earlier]);
        var session = await ProjectSession.StartAsync(connection, default);
        await session.OpenProjectAsync(Typed, null, default);

        ProjectLists lists = await session.ListAsync(default);

        Assert.Equal(["backup-job", "ci-readonly"], lists.Accesses.Select(a => a.Name));
        Assert.Equal(connection.Buckets, lists.BucketNames);
        Assert.Equal([earlier, later], lists.Pending);
    }

    [Fact]
    public async Task Listing_before_a_project_is_open_is_refused()
    {
        var session = await ProjectSession.StartAsync(Connection(), default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ListAsync(default));
    }
}
