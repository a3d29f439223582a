using Stateless.Reflection;
using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using C = StorjTui.Core.Flow.CreateAccessStep;
using N = StorjTui.Core.Flow.NavigationStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>
/// Tours both machines and proves every declared transition was taken at least once — a transition added
/// to a flow without a walk through it fails here.
/// </summary>
public class TransitionCoverageTests
{
    private static readonly Project Alpha = new("a", "Alpha", FlowFixture.Start, false);
    private static readonly Project Beta = new("b", "Beta", FlowFixture.Start, false);
    private static readonly Project Managed = new("m", "Managed", FlowFixture.Start, true);
    private static readonly CreatedAccess Made = new() { Type = AccessType.S3Credentials, Name = "n", CreatedAt = FlowFixture.Start, Permissions = Permissions.All, Buckets = [] };

    private readonly FlowFixture _fixture = new();

    [Fact]
    public void Every_create_access_transition_is_walked()
    {
        var seen = new HashSet<string>();
        CreateAccessFlow Fresh(CurrentPassphrase current = CurrentPassphrase.ProjectPassphrase, AccessType type = AccessType.S3Credentials)
        {
            var flow = _fixture.Create(current, type);
            flow.Machine.OnTransitioned(t => seen.Add($"{t.Source} -{t.Trigger}-> {t.Destination}"));
            flow.SetName("n");
            flow.SetNewPassphrase("typed words");
            flow.SetPassphraseConfirmation("typed words");
            return flow;
        }

        void Walk(CreateAccessFlow flow, params Func<StepResult<C>>[] steps)
        {
            foreach (var step in steps)
            {
                Assert.True(step().Accepted, $"refused at {flow.Step}");
            }
        }

        var f = Fresh();
        Walk(f, f.Next, f.Next, f.Next, f.Back, f.Back, f.Back, f.Next, f.Next, f.Next, f.Confirm);
        Walk(f, () => f.Failed("x"), f.Back, f.Confirm, () => f.Failed("x"), f.Retry, () => f.Succeeded(Made));

        f = Fresh();
        f.ChoosePassphrase(PassphraseChoice.EnterNew);
        Walk(f, f.Next, f.Next, f.Next, f.Back, f.Next, f.Next, f.Back, f.Cancel);

        f = Fresh();
        f.ChoosePassphrase(PassphraseChoice.GenerateNew);
        f.SetSavedPassphraseAcknowledged(true);
        Walk(f, f.Next, f.Next, f.Next, f.Back, f.Next, f.Next, f.Back, f.Cancel);

        f = Fresh(type: AccessType.ApiKey);
        Walk(f, f.Next, f.Next, f.Back, f.Next, f.Cancel);
        f = Fresh();
        Walk(f, f.Cancel);
        f = Fresh();
        Walk(f, f.Next, f.Cancel);
        f = Fresh();
        Walk(f, f.Next, f.Next, f.Cancel);
        f = Fresh();
        Walk(f, f.Next, f.Next, f.Next, f.Confirm, () => f.Failed("x"), f.Cancel);

        // Full access skips Permissions both ways: with encryption, and without (API key).
        f = Fresh();
        f.SetFlowType(FlowType.FullAccess);
        Walk(f, f.Next, f.Back, f.Next, f.Next, f.Confirm);
        f = Fresh(type: AccessType.ApiKey);
        f.SetFlowType(FlowType.FullAccess);
        Walk(f, f.Next, f.Back, f.Next, f.Confirm);

        using var declared = _fixture.Create();
        Assert.Equal(Declared(declared.Info).Order(), seen.Order());
    }

    [Fact]
    public void Every_navigation_transition_is_walked()
    {
        var seen = new HashSet<string>();
        NavigationFlow Fresh()
        {
            var nav = new NavigationFlow(_fixture.Services);
            nav.Machine.OnTransitioned(t => seen.Add($"{t.Source} -{t.Trigger}-> {t.Destination}"));
            return nav;
        }

        void Walk(params Func<StepResult<N>>[] steps)
        {
            foreach (var step in steps)
            {
                Assert.True(step().Accepted);
            }
        }

        var nav = Fresh();
        Walk(() => nav.Connected([Alpha, Beta, Managed], false), () => nav.ChooseProject(Alpha), nav.Back,
            () => nav.ChooseProject(Alpha), () => nav.EnterProjectPassphrase("p"), nav.Back,
            () => nav.ChooseProject(Managed), nav.Back, nav.Back);
        Walk(() => nav.Connected([Alpha], false), nav.Back, () => nav.Connected([Alpha], false), nav.SkipProjectPassphrase, nav.Back);
        Walk(() => nav.Connected([Managed], false));
        nav.ShowAccesses([new AccessSummary("1", "old", FlowFixture.Start)], []);
        Walk(() => nav.StartDelete("old"), nav.Back, () => nav.StartDelete("old"), () => nav.ConfirmDelete("old"),
            () => nav.DeleteFailed("x"), () => nav.ConfirmDelete("old"), nav.Deleted);
        Walk(() => nav.StartCreate());
        nav.Create!.Cancel();
        Walk(() => nav.StartCreate());
        var create = nav.Create!;
        create.SetName("n");
        create.Next();
        create.Next();
        create.Confirm();
        create.Succeeded(Made);
        Walk(nav.CloseResult);
        foreach (var leave in new Func<StepResult<N>>[] { nav.CloseResultWithoutSaving, nav.QuitWithoutSaving })
        {
            Walk(() => nav.StartCreate());
            create = nav.Create!;
            create.SetName("n" + leave.Method.Name);
            create.Next();
            create.Next();
            create.Confirm();
            create.Succeeded(Made);
            nav.KeysShown(["Secret Key"]);
            Walk(leave);
        }

        foreach (var at in Enum.GetValues<N>().Where(s => s != N.Exited))
        {
            nav = Fresh();
            if (at != N.Connect)
            {
                Walk(() => nav.Connected(at == N.Project ? [Alpha, Beta] : [Alpha], false));
            }

            if (at is not (N.Connect or N.Project or N.ProjectPassphrase))
            {
                nav.SkipProjectPassphrase();
                nav.ShowAccesses([new AccessSummary("1", "old", FlowFixture.Start)], []);
                if (at is N.CreateAccess or N.Result)
                {
                    Walk(() => nav.StartCreate());
                }

                if (at == N.Result)
                {
                    var c = nav.Create!;
                    c.SetName("n");
                    c.SetNewPassphrase("p");
                    c.SetPassphraseConfirmation("p");
                    c.Next();
                    c.Next();
                    c.Next();
                    c.Next();
                    c.Confirm();
                    c.Succeeded(Made);
                }

                if (at is N.DeleteAccess or N.Deleting)
                {
                    Walk(() => nav.StartDelete("old"));
                }

                if (at == N.Deleting)
                {
                    Walk(() => nav.ConfirmDelete("old"));
                }
            }

            Assert.Equal(at, nav.Step);
            Walk(nav.Quit);
        }

        using var declared = new NavigationFlow(_fixture.Services);
        Assert.Equal(Declared(declared.Info).Order(), seen.Order());
    }

    private static IEnumerable<string> Declared(StateMachineInfo info) =>
        info.States.SelectMany(s => s.FixedTransitions.Select(t =>
            $"{s.UnderlyingState} -{t.Trigger.UnderlyingTrigger}-> {t.DestinationState.UnderlyingState}")).Distinct();
}
