using Step = StorjTui.Core.Flow.NavigationStep;
using Trigger = StorjTui.Core.Flow.NavigationTrigger;

namespace StorjTui.Core.Flow;

// The declaration of the navigation: every screen, every transition, every guard, in one place.
public sealed partial class NavigationFlow
{
    private GuardedMachine<Step, Trigger> Declare()
    {
        var m = new GuardedMachine<Step, Trigger>(() => _step, s => _step = s);

        var hasProjects = FlowGuard.Rule("has projects", () => Projects.Count == 0
            ? ["There are no projects here yet: create one in the Storj console first"]
            : []);
        var projectListed = FlowGuard.Rule("project listed", () => Project is not null && Projects.Contains(Project)
            ? []
            : ["Choose one of the listed projects"]);
        var passphraseEntered = FlowGuard.Rule("passphrase entered", () => ProjectPassphrase is { } p && !AccessRules.IsBlank(p)
            ? []
            : ["Enter the project passphrase, or skip"]);
        var accessListed = FlowGuard.Rule("access listed", () => Accesses.Any(a => a.Name == DeleteTarget)
            ? []
            : ["Choose an access of this project to delete"]);
        var nameTyped = FlowGuard.Rule("name typed", () => string.Equals(_typedDeleteName, DeleteTarget, StringComparison.Ordinal)
            ? []
            : [$"Type the access name exactly to delete it: {DeleteTarget}"]);

        var keysSaved = FlowGuard.Rule("keys saved", () => UnsavedKeys.Count == 0
            ? []
            : [$"Not saved yet: {string.Join(", ", UnsavedKeys)}."]);

        var several = FlowGuard.When("several projects", () => Projects.Count > 1);
        var one = FlowGuard.When("one project", () => Projects.Count == 1);
        var oneAsks = FlowGuard.When("one project, passphrase asked", () => Projects.Count == 1 && AsksProjectPassphrase);
        var oneSkips = FlowGuard.When("one project, passphrase not asked", () => Projects.Count == 1 && !AsksProjectPassphrase);
        var asks = FlowGuard.When("passphrase asked", () => AsksProjectPassphrase);
        var notAsked = FlowGuard.When("passphrase not asked", () => !AsksProjectPassphrase);

        m.Permit(Step.Connect, Trigger.Connected, Step.Project, hasProjects, several);
        m.Permit(Step.Connect, Trigger.Connected, Step.ProjectPassphrase, hasProjects, oneAsks);
        m.Permit(Step.Connect, Trigger.Connected, Step.AccessPage, hasProjects, oneSkips);

        m.Permit(Step.Project, Trigger.ChooseProject, Step.ProjectPassphrase, projectListed, asks);
        m.Permit(Step.Project, Trigger.ChooseProject, Step.AccessPage, projectListed, notAsked);
        m.Permit(Step.Project, Trigger.Back, Step.Connect);

        m.Permit(Step.ProjectPassphrase, Trigger.EnterPassphrase, Step.AccessPage, passphraseEntered);
        m.Permit(Step.ProjectPassphrase, Trigger.SkipPassphrase, Step.AccessPage);
        m.Permit(Step.ProjectPassphrase, Trigger.Back, Step.Project, several);
        m.Permit(Step.ProjectPassphrase, Trigger.Back, Step.Connect, one);

        m.Permit(Step.AccessPage, Trigger.CreateAccess, Step.CreateAccess);
        m.Permit(Step.AccessPage, Trigger.DeleteAccess, Step.DeleteAccess, accessListed);
        m.Permit(Step.AccessPage, Trigger.Back, Step.Project, several);
        m.Permit(Step.AccessPage, Trigger.Back, Step.Connect, one);

        m.Permit(Step.CreateAccess, Trigger.AccessCreated, Step.Result);
        m.Permit(Step.CreateAccess, Trigger.CreateCancelled, Step.AccessPage);
        m.Permit(Step.Result, Trigger.CloseResult, Step.AccessPage, keysSaved);
        m.Permit(Step.Result, Trigger.CloseWithoutSaving, Step.AccessPage);

        m.Permit(Step.DeleteAccess, Trigger.ConfirmDelete, Step.Deleting, nameTyped);
        m.Permit(Step.DeleteAccess, Trigger.Back, Step.AccessPage);
        m.Permit(Step.Deleting, Trigger.Deleted, Step.AccessPage);
        m.Permit(Step.Deleting, Trigger.DeleteFailed, Step.DeleteAccess);

        foreach (var step in Enum.GetValues<Step>().Where(s => s is not (Step.Exited or Step.Result)))
        {
            m.Permit(step, Trigger.Quit, Step.Exited);
        }

        // Values shown once and not saved yet: Close and Quit ask first (the screen's question), then go on anyway.
        m.Permit(Step.Result, Trigger.Quit, Step.Exited, keysSaved);
        m.Permit(Step.Result, Trigger.QuitWithoutSaving, Step.Exited);

        m.Machine.Configure(Step.Connect).OnEntry(Disconnect, "forget connection");
        m.Machine.Configure(Step.Project).OnEntry(LeaveProject, "forget project");
        m.Machine.Configure(Step.AccessPage).OnEntry(ClearDelete, "forget delete");
        m.Machine.Configure(Step.Result).OnExit(ForgetResult, "forget result");
        m.Machine.Configure(Step.Exited).OnEntry(ClearSecrets, "clear secrets");
        return m;
    }
}
