using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using Step = StorjTui.Core.Flow.NavigationStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>Every navigation transition and guard.</summary>
public class NavigationFlowTests
{
    private static readonly Project Alpha = new("p-alpha", "Alpha", FlowFixture.Start, false);
    private static readonly Project Beta = new("p-beta", "Beta", FlowFixture.Start, false);
    private static readonly Project Managed = new("p-managed", "Managed", FlowFixture.Start, true);

    private readonly FlowFixture _fixture = new();

    private NavigationFlow New() => new(_fixture.Services);

    private static void Moves(StepResult<Step> result, Step from, Step to)
    {
        Assert.Empty(result.Problems);
        Assert.Equal((from, to), (result.From, result.To));
    }

    private static void Refuses(StepResult<Step> result, Step at, string problem)
    {
        Assert.False(result.Accepted);
        Assert.Equal((at, at), (result.From, result.To));
        Assert.Equal([problem], result.Problems);
    }

    private NavigationFlow AtAccessPage(params string[] accessNames)
    {
        var nav = New();
        nav.Connected([Alpha], isAccessGrant: false);
        nav.EnterProjectPassphrase("project words");
        nav.ShowAccesses(accessNames.Select(n => new AccessSummary("id-" + n, n, FlowFixture.Start)).ToList(), ["photos"]);
        Assert.Equal(Step.AccessPage, nav.Step);
        return nav;
    }

    [Fact]
    public void No_projects_is_refused()
    {
        var nav = New();
        Refuses(nav.Connected([], false), Step.Connect, "There are no projects here yet: create one in the Storj console first");
    }

    [Fact]
    public void One_project_skips_the_picker_and_asks_the_passphrase()
    {
        var nav = New();
        Moves(nav.Connected([Alpha], false), Step.Connect, Step.ProjectPassphrase);
        Assert.Equal(Alpha, nav.Project);
        Assert.True(nav.AsksProjectPassphrase);
    }

    [Fact]
    public void One_managed_project_goes_straight_to_the_access_page()
    {
        var nav = New();
        Moves(nav.Connected([Managed], false), Step.Connect, Step.AccessPage);
        Assert.Equal(CurrentPassphrase.ManagedBySatellite, nav.CurrentPassphrase);
    }

    [Fact]
    public void An_access_grant_connection_never_asks_the_passphrase()
    {
        var nav = New();
        Moves(nav.Connected([Alpha], true), Step.Connect, Step.AccessPage);
        Assert.Equal(CurrentPassphrase.AccessGrantKey, nav.CurrentPassphrase);
        Assert.Null(nav.ProjectPassphrase);
    }

    [Fact]
    public void Several_projects_show_the_picker()
    {
        var nav = New();
        Moves(nav.Connected([Alpha, Managed], false), Step.Connect, Step.Project);
        Assert.Null(nav.Project);
        Refuses(nav.ChooseProject(Beta), Step.Project, "Choose one of the listed projects");
        Assert.Null(nav.Project);
        Moves(nav.ChooseProject(Alpha), Step.Project, Step.ProjectPassphrase);
        Moves(nav.Back(), Step.ProjectPassphrase, Step.Project);
        Moves(nav.ChooseProject(Managed), Step.Project, Step.AccessPage);
        Moves(nav.Back(), Step.AccessPage, Step.Project);
        Assert.Null(nav.Project);
        Moves(nav.Back(), Step.Project, Step.Connect);
        Assert.Empty(nav.Projects);
    }

    [Fact]
    public void With_one_project_back_returns_to_connect()
    {
        var nav = New();
        nav.Connected([Alpha], false);
        Moves(nav.Back(), Step.ProjectPassphrase, Step.Connect);
        Assert.Null(nav.Project);
        nav.Connected([Alpha], false);
        nav.SkipProjectPassphrase();
        Moves(nav.Back(), Step.AccessPage, Step.Connect);
    }

    [Fact]
    public void The_typed_project_passphrase_becomes_the_current_one()
    {
        var nav = New();
        nav.Connected([Alpha], false);
        Refuses(nav.EnterProjectPassphrase("  "), Step.ProjectPassphrase, "Enter the project passphrase, or skip");
        Assert.Null(nav.ProjectPassphrase);
        Moves(nav.EnterProjectPassphrase("project words"), Step.ProjectPassphrase, Step.AccessPage);
        Assert.Equal("project words"u8.ToArray(), nav.ProjectPassphrase);
        Assert.Equal(CurrentPassphrase.ProjectPassphrase, nav.CurrentPassphrase);
    }

    [Fact]
    public void Skipping_the_prompt_hides_use_current_in_the_create_flow()
    {
        var nav = New();
        nav.Connected([Alpha], false);
        Moves(nav.SkipProjectPassphrase(), Step.ProjectPassphrase, Step.AccessPage);
        Assert.Equal(CurrentPassphrase.Unknown, nav.CurrentPassphrase);
        nav.StartCreate();
        Assert.DoesNotContain(PassphraseChoice.UseCurrent, nav.Create!.OfferedPassphraseChoices);
        // Issue #16: the console's "Enter my project passphrase" comes first instead.
        Assert.Equal([PassphraseChoice.SetMyProjectPassphrase, PassphraseChoice.EnterNew, PassphraseChoice.GenerateNew], nav.Create!.OfferedPassphraseChoices);
    }

    [Fact]
    public void Leaving_the_project_clears_its_passphrase()
    {
        var nav = AtAccessPage();
        var bytes = nav.ProjectPassphrase!;
        nav.Back();
        Assert.All(bytes, b => Assert.Equal(0, b));
        Assert.Null(nav.ProjectPassphrase);
    }

    [Fact]
    public void Create_then_result_then_back_to_the_access_page()
    {
        var nav = AtAccessPage("existing");
        Moves(nav.StartCreate(AccessType.AccessGrant), Step.AccessPage, Step.CreateAccess);
        var create = nav.Create!;
        Assert.Equal(AccessType.AccessGrant, create.Draft.Type);
        Assert.Equal(["existing"], create.Setup.ExistingAccessNames);
        Assert.Equal(["photos"], create.Setup.Buckets);

        create.SetName("existing");
        Assert.Equal(["This name is already in use"], create.Next().Problems);
        create.SetName("fresh");
        create.Next();
        create.Next();
        create.Next();
        create.Confirm();
        var created = new CreatedAccess { Type = AccessType.AccessGrant, Name = "fresh", CreatedAt = FlowFixture.Start, Permissions = Permissions.All, Buckets = [] };
        create.Succeeded(created);

        Assert.Equal(Step.Result, nav.Step);
        Assert.Same(created, nav.LastCreated);
        Assert.Null(nav.Create);
        Moves(nav.CloseResult(), Step.Result, Step.AccessPage);
        Assert.Null(nav.LastCreated);
    }

    /// <summary>
    /// Issue #16: as the console does after "Set my project passphrase" (AccessSetupDialog generate → setPassphrase), the
    /// passphrase typed for a created access becomes the project passphrase, so the next access does not ask again.
    /// </summary>
    [Fact]
    public void My_project_passphrase_typed_for_a_created_access_becomes_the_project_passphrase()
    {
        var nav = New();
        nav.Connected([Alpha], false);
        nav.SkipProjectPassphrase();
        nav.StartCreate();
        var create = CreateWithMyProjectPassphrase(nav, "fresh");

        Assert.True(create.BuildRequest().KeepAsProjectPassphrase);
        create.Succeeded(new CreatedAccess { Type = AccessType.S3Credentials, Name = "fresh", CreatedAt = FlowFixture.Start, Permissions = Permissions.All, Buckets = [] });

        Assert.Equal("the project one"u8.ToArray(), nav.ProjectPassphrase);
        Assert.Equal(CurrentPassphrase.ProjectPassphrase, nav.CurrentPassphrase);
        nav.CloseResult();
        nav.StartCreate();
        Assert.Equal([PassphraseChoice.UseCurrent, PassphraseChoice.EnterNew, PassphraseChoice.GenerateNew], nav.Create!.OfferedPassphraseChoices);
    }

    [Fact]
    public void My_project_passphrase_is_not_kept_when_the_creation_failed_or_was_cancelled()
    {
        var nav = New();
        nav.Connected([Alpha], false);
        nav.SkipProjectPassphrase();
        nav.StartCreate();
        var create = CreateWithMyProjectPassphrase(nav, "fresh");
        create.Failed("the satellite said no");
        create.Cancel();

        Assert.Null(nav.ProjectPassphrase);
        Assert.Equal(CurrentPassphrase.Unknown, nav.CurrentPassphrase);
    }

    /// <summary>Name, permissions, "Enter my project passphrase" typed twice, confirmed: creating.</summary>
    private static CreateAccessFlow CreateWithMyProjectPassphrase(NavigationFlow nav, string name)
    {
        var create = nav.Create!;
        create.SetName(name);
        create.Next();
        create.Next();
        Assert.Equal(PassphraseChoice.SetMyProjectPassphrase, create.Draft.PassphraseChoice);
        create.Next();
        create.SetNewPassphrase("the project one");
        create.SetPassphraseConfirmation("the project one");
        create.Next();
        Assert.Empty(create.Confirm().Problems);
        return create;
    }

    [Fact]
    public void Cancelling_the_create_flow_returns_to_the_access_page()
    {
        var nav = AtAccessPage();
        nav.StartCreate();
        nav.Create!.SetName("draft");
        nav.Create.Cancel();
        Assert.Equal(Step.AccessPage, nav.Step);
        Assert.Null(nav.Create);
        Assert.Null(nav.LastCreated);
    }

    [Fact]
    public void Create_is_only_started_from_the_access_page()
    {
        var nav = New();
        Refuses(nav.StartCreate(), Step.Connect, "Create access is not available on this step");
        Assert.Null(nav.Create);
        Refuses(nav.CloseResult(), Step.Connect, "Close result is not available on this step");
    }

    [Fact]
    public void Delete_needs_the_exact_name_typed()
    {
        var nav = AtAccessPage("backup", "photos");
        Refuses(nav.StartDelete("nope"), Step.AccessPage, "Choose an access of this project to delete");
        Moves(nav.StartDelete("backup"), Step.AccessPage, Step.DeleteAccess);
        Refuses(nav.ConfirmDelete("Backup"), Step.DeleteAccess, "Type the access name exactly to delete it: backup");
        Refuses(nav.ConfirmDelete("backup "), Step.DeleteAccess, "Type the access name exactly to delete it: backup");
        Moves(nav.ConfirmDelete("backup"), Step.DeleteAccess, Step.Deleting);
        Moves(nav.Deleted(), Step.Deleting, Step.AccessPage);
        Assert.Equal(["photos"], nav.Accesses.Select(a => a.Name));
        Assert.Null(nav.DeleteTarget);
    }

    [Fact]
    public void A_failed_delete_returns_to_the_confirmation_with_the_reason()
    {
        var nav = AtAccessPage("backup");
        nav.StartDelete("backup");
        nav.ConfirmDelete("backup");
        Moves(nav.DeleteFailed("The satellite refused: try again later"), Step.Deleting, Step.DeleteAccess);
        Assert.Equal("The satellite refused: try again later", nav.DeleteFailure);
        Assert.Equal(["backup"], nav.Accesses.Select(a => a.Name));
        Moves(nav.Back(), Step.DeleteAccess, Step.AccessPage);
        Assert.Null(nav.DeleteFailure);
    }

    [Fact]
    public void Outcomes_outside_their_step_are_refused()
    {
        var nav = AtAccessPage("backup");
        Refuses(nav.Deleted(), Step.AccessPage, "Deleted is not available on this step");
        Refuses(nav.DeleteFailed("x"), Step.AccessPage, "Delete failed is not available on this step");
        Refuses(nav.Connected([Beta], false), Step.AccessPage, "Connected is not available on this step");
        Assert.Equal(Alpha, nav.Project);
        Refuses(nav.ChooseProject(Beta), Step.AccessPage, "Choose project is not available on this step");
        Refuses(nav.EnterProjectPassphrase("x"), Step.AccessPage, "Enter passphrase is not available on this step");
        Refuses(nav.SkipProjectPassphrase(), Step.AccessPage, "Skip passphrase is not available on this step");
        Assert.NotNull(nav.ProjectPassphrase);
        Refuses(nav.ConfirmDelete("backup"), Step.AccessPage, "Confirm delete is not available on this step");
        Assert.Equal(["Back is not available on this step"], New().Check(NavigationTrigger.Back));
    }

    [Theory]
    [InlineData(Step.Connect)]
    [InlineData(Step.Project)]
    [InlineData(Step.ProjectPassphrase)]
    [InlineData(Step.AccessPage)]
    [InlineData(Step.CreateAccess)]
    [InlineData(Step.Result)]
    [InlineData(Step.DeleteAccess)]
    [InlineData(Step.Deleting)]
    public void Quit_works_everywhere_and_clears_secrets(Step from)
    {
        var nav = New();
        byte[]? passphrase = null;
        CreateAccessFlow? create = null;
        void Go(Func<StepResult<Step>> fire) => Assert.True(fire().Accepted);
        void GoCreate(Func<StepResult<CreateAccessStep>> fire) => Assert.True(fire().Accepted);
        if (from != Step.Connect)
        {
            Go(() => nav.Connected(from == Step.Project ? [Alpha, Beta] : [Alpha], false));
        }

        if (from is not (Step.Connect or Step.Project or Step.ProjectPassphrase))
        {
            Go(() => nav.EnterProjectPassphrase("project words"));
            passphrase = nav.ProjectPassphrase;
            nav.ShowAccesses([new AccessSummary("1", "backup", FlowFixture.Start)], []);
        }

        if (from is Step.CreateAccess or Step.Result)
        {
            Go(() => nav.StartCreate());
            create = nav.Create!;
            create.SetName("n");
            create.ChoosePassphrase(PassphraseChoice.GenerateNew);
            GoCreate(create.Next);
            GoCreate(create.Next);
            GoCreate(create.Next);
        }

        if (from == Step.Result)
        {
            create!.SetSavedPassphraseAcknowledged(true);
            GoCreate(create.Next);
            GoCreate(create.Confirm);
            GoCreate(() => create.Succeeded(new CreatedAccess { Type = AccessType.S3Credentials, Name = "n", CreatedAt = FlowFixture.Start, Permissions = Permissions.All, Buckets = [] }));
        }

        if (from is Step.DeleteAccess or Step.Deleting)
        {
            Go(() => nav.StartDelete("backup"));
        }

        if (from == Step.Deleting)
        {
            Go(() => nav.ConfirmDelete("backup"));
        }

        Assert.Equal(from, nav.Step);
        var result = nav.Quit();
        Assert.Equal((from, Step.Exited), (result.From, result.To));
        Assert.Null(nav.ProjectPassphrase);
        Assert.Null(nav.Create);
        Assert.All(passphrase ?? [], b => Assert.Equal(0, b));
        Assert.All(_fixture.Generator.Issued, bytes => Assert.All(bytes, b => Assert.Equal(0, b)));
        Assert.Equal(["Quit is not available on this step"], nav.Quit().Problems);
    }

    [Fact]
    public void A_creation_finishing_after_quit_is_not_kept()
    {
        var nav = AtAccessPage();
        nav.StartCreate();
        var create = nav.Create!;
        create.SetName("late");
        create.Next();
        create.Next();
        create.Next();
        create.Confirm();
        nav.Quit();
        create.Succeeded(new CreatedAccess { Type = AccessType.S3Credentials, Name = "late", CreatedAt = FlowFixture.Start, Permissions = Permissions.All, Buckets = [] });
        Assert.Equal(Step.Exited, nav.Step);
        Assert.Null(nav.LastCreated);
    }
}
