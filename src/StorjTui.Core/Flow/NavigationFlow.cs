using System.Text;
using StorjTui.Core.Access;

namespace StorjTui.Core.Flow;

/// <summary>
/// The app's navigation as a declared state machine (see <c>NavigationFlow.Machine.cs</c>): connect → project
/// (skipped when there is one) → project passphrase (skippable; not for managed projects or grants) → access
/// page → create (a <see cref="CreateAccessFlow"/>) → result → access page, and delete from the access page.
/// Quit works everywhere. The screen shows <see cref="Step"/>, runs the effect that step needs (connect, open
/// the project, load the lists, delete), and reports the outcome with the matching method; every method
/// returns a <see cref="StepResult{TStep}"/>: moved, or refused with the guard's message.
/// </summary>
public sealed partial class NavigationFlow : IDisposable
{
    private readonly FlowServices _services;
    private readonly GuardedMachine<NavigationStep, NavigationTrigger> _machine;
    private NavigationStep _step = NavigationStep.Connect;
    private string? _typedDeleteName;

    public NavigationFlow(FlowServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _machine = Declare();
    }

    public NavigationStep Step => _step;

    /// <summary>True when the connection is an existing access grant (its key is the only passphrase).</summary>
    public bool IsAccessGrantConnection { get; private set; }

    public IReadOnlyList<Project> Projects { get; private set; } = [];

    /// <summary>The open project, once chosen (or the only one).</summary>
    public Project? Project { get; private set; }

    /// <summary>
    /// The project passphrase typed at the prompt (UTF-8), for <see cref="IStorjConnection.OpenProjectAsync"/>;
    /// null when skipped or not asked. Owned by the flow: cleared when the project is left or the app quits.
    /// </summary>
    public byte[]? ProjectPassphrase { get; private set; }

    /// <summary>What "Use the current passphrase" means in the open project.</summary>
    public CurrentPassphrase CurrentPassphrase =>
        IsAccessGrantConnection ? CurrentPassphrase.AccessGrantKey
        : Project is { HasManagedPassphrase: true } ? CurrentPassphrase.ManagedBySatellite
        : ProjectPassphrase is not null ? CurrentPassphrase.ProjectPassphrase
        : CurrentPassphrase.Unknown;

    /// <summary>False for access-grant connections and managed-passphrase projects: no passphrase prompt.</summary>
    public bool AsksProjectPassphrase => !IsAccessGrantConnection && Project is { HasManagedPassphrase: false };

    public IReadOnlyList<AccessSummary> Accesses { get; private set; } = [];

    public IReadOnlyList<string> Buckets { get; private set; } = [];

    /// <summary>The running create flow, in <see cref="NavigationStep.CreateAccess"/>.</summary>
    public CreateAccessFlow? Create { get; private set; }

    /// <summary>The access just created, for <see cref="NavigationStep.Result"/>.</summary>
    public CreatedAccess? LastCreated { get; private set; }

    /// <summary>The access being deleted, in <see cref="NavigationStep.DeleteAccess"/> and <see cref="NavigationStep.Deleting"/>.</summary>
    public string? DeleteTarget { get; private set; }

    /// <summary>Why the last delete failed, shown on the delete screen.</summary>
    public string? DeleteFailure { get; private set; }

    /// <summary>The connection is up and listed its projects.</summary>
    /// <param name="isAccessGrant">True when connected with an existing access grant.</param>
    public StepResult<NavigationStep> Connected(IReadOnlyList<Project> projects, bool isAccessGrant)
    {
        ArgumentNullException.ThrowIfNull(projects);
        if (_step != NavigationStep.Connect)
        {
            return _machine.Fire(NavigationTrigger.Connected);
        }

        Projects = projects.ToList();
        IsAccessGrantConnection = isAccessGrant;
        Project = Projects.Count == 1 ? Projects[0] : null;
        return _machine.Fire(NavigationTrigger.Connected);
    }

    public StepResult<NavigationStep> ChooseProject(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (_step != NavigationStep.Project)
        {
            return _machine.Fire(NavigationTrigger.ChooseProject);
        }

        Project = project;
        var result = _machine.Fire(NavigationTrigger.ChooseProject);
        if (!result.Accepted)
        {
            Project = null;
        }

        return result;
    }

    /// <summary>The passphrase typed at the project passphrase prompt.</summary>
    public StepResult<NavigationStep> EnterProjectPassphrase(ReadOnlySpan<char> passphrase)
    {
        if (_step != NavigationStep.ProjectPassphrase)
        {
            return _machine.Fire(NavigationTrigger.EnterPassphrase);
        }

        ClearPassphrase();
        ProjectPassphrase = new byte[Encoding.UTF8.GetByteCount(passphrase)];
        Encoding.UTF8.GetBytes(passphrase, ProjectPassphrase);
        var result = _machine.Fire(NavigationTrigger.EnterPassphrase);
        if (!result.Accepted)
        {
            ClearPassphrase();
        }

        return result;
    }

    /// <summary>Skip the prompt: "Use the current passphrase" will not be offered.</summary>
    public StepResult<NavigationStep> SkipProjectPassphrase()
    {
        if (_step == NavigationStep.ProjectPassphrase)
        {
            ClearPassphrase();
        }

        return _machine.Fire(NavigationTrigger.SkipPassphrase);
    }

    /// <summary>The access page's lists, loaded by the screen after entering it (no move).</summary>
    public void ShowAccesses(IReadOnlyList<AccessSummary> accesses, IReadOnlyList<string> buckets)
    {
        ArgumentNullException.ThrowIfNull(accesses);
        ArgumentNullException.ThrowIfNull(buckets);
        Accesses = accesses.ToList();
        Buckets = buckets.ToList();
    }

    /// <summary>Opens the create flow with <paramref name="type"/> preselected (the block the user chose).</summary>
    public StepResult<NavigationStep> StartCreate(AccessType type = AccessType.S3Credentials)
    {
        if (_step == NavigationStep.AccessPage)
        {
            var setup = new CreateAccessSetup(Accesses.Select(a => a.Name).ToList(), Buckets, CurrentPassphrase, type);
            Create = new CreateAccessFlow(setup, _services, OnCreateFinished);
            LastCreated = null;
        }

        return _machine.Fire(NavigationTrigger.CreateAccess);
    }

    public StepResult<NavigationStep> CloseResult()
    {
        var result = _machine.Fire(NavigationTrigger.CloseResult);
        if (result.Accepted)
        {
            LastCreated = null;
        }

        return result;
    }

    public StepResult<NavigationStep> StartDelete(string accessName)
    {
        ArgumentNullException.ThrowIfNull(accessName);
        if (_step != NavigationStep.AccessPage)
        {
            return _machine.Fire(NavigationTrigger.DeleteAccess);
        }

        DeleteTarget = accessName;
        var result = _machine.Fire(NavigationTrigger.DeleteAccess);
        if (!result.Accepted)
        {
            DeleteTarget = null;
        }

        return result;
    }

    /// <summary>The name the user typed to confirm; it must equal the access name exactly.</summary>
    public StepResult<NavigationStep> ConfirmDelete(string typedName)
    {
        ArgumentNullException.ThrowIfNull(typedName);
        _typedDeleteName = typedName;
        return _machine.Fire(NavigationTrigger.ConfirmDelete);
    }

    public StepResult<NavigationStep> Deleted()
    {
        if (_step == NavigationStep.Deleting)
        {
            Accesses = Accesses.Where(a => a.Name != DeleteTarget).ToList();
        }

        return _machine.Fire(NavigationTrigger.Deleted);
    }

    public StepResult<NavigationStep> DeleteFailed(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (_step == NavigationStep.Deleting)
        {
            DeleteFailure = message;
        }

        return _machine.Fire(NavigationTrigger.DeleteFailed);
    }

    public StepResult<NavigationStep> Back() => _machine.Fire(NavigationTrigger.Back);

    public StepResult<NavigationStep> Quit() => _machine.Fire(NavigationTrigger.Quit);

    /// <summary>What would refuse <paramref name="trigger"/> now; empty when it would move.</summary>
    public IReadOnlyList<string> Check(NavigationTrigger trigger) => _machine.Check(trigger);

    /// <summary>The declared machine, for the diagrams.</summary>
    internal Stateless.Reflection.StateMachineInfo Info => _machine.Machine.GetInfo();

    /// <summary>The underlying machine, so tests can record every transition taken.</summary>
    internal Stateless.StateMachine<NavigationStep, NavigationTrigger> Machine => _machine.Machine;

    public void Dispose() => ClearSecrets();

    private void OnCreateFinished(CreateAccessStep end)
    {
        LastCreated = end == CreateAccessStep.Created ? Create?.Created : null;
        Create = null;
        _machine.Fire(end == CreateAccessStep.Created ? NavigationTrigger.AccessCreated : NavigationTrigger.CreateCancelled);
    }

    private void Disconnect()
    {
        LeaveProject();
        Projects = [];
        IsAccessGrantConnection = false;
    }

    private void LeaveProject()
    {
        ClearPassphrase();
        Project = null;
        Accesses = [];
        Buckets = [];
        ClearDelete();
    }

    private void ClearDelete()
    {
        DeleteTarget = null;
        DeleteFailure = null;
        _typedDeleteName = null;
    }

    private void ClearPassphrase()
    {
        AccessDraft.Clear(ProjectPassphrase);
        ProjectPassphrase = null;
    }

    private void ClearSecrets()
    {
        ClearPassphrase();
        Create?.Dispose();
        Create = null;
        LastCreated = null;
    }
}
