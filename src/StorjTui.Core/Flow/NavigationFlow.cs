using StorjTui.Core.Access;

using StorjTui.Core.Input;

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
    // Declared on first use, not when the app starts: Stateless reads every guard's and action's method name as the
    // machine is configured, and under Native AOT the first such read builds the reverse map of the whole image's
    // method entry points (~12 M instructions, ~3 ms). The Connect screen fires nothing, so its first frame need not wait.
    private readonly Lazy<GuardedMachine<NavigationStep, NavigationTrigger>> _machine;
    private NavigationStep _step = NavigationStep.Connect;
    private string? _typedDeleteName;

    public NavigationFlow(FlowServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _machine = new(Declare);
    }

    public NavigationStep Step => _step;

    private GuardedMachine<NavigationStep, NavigationTrigger> Guarded => _machine.Value;

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
        AccessRules.CurrentPassphraseOf(!IsAccessGrantConnection, Project, ProjectPassphrase is not null);

    /// <summary>False for access-grant connections and managed-passphrase projects: no passphrase prompt.</summary>
    public bool AsksProjectPassphrase => !IsAccessGrantConnection && Project is { HasManagedPassphrase: false };

    public IReadOnlyList<AccessSummary> Accesses { get; private set; } = [];

    public IReadOnlyList<string> Buckets { get; private set; } = [];

    /// <summary>Which Object Lock and bucket-notification permissions the connected satellite offers.</summary>
    public SatelliteFeatures Features { get; private set; } = SatelliteFeatures.Default;

    /// <summary>The running create flow, in <see cref="NavigationStep.CreateAccess"/>.</summary>
    public CreateAccessFlow? Create { get; private set; }

    /// <summary>The access just created, for <see cref="NavigationStep.Result"/>.</summary>
    public CreatedAccess? LastCreated { get; private set; }

    /// <summary>The passphrase generated for <see cref="LastCreated"/>, when one was; cleared when the result closes.</summary>
    public CreatedPassphrase? LastCreatedPassphrase { get; private set; }

    /// <summary>The access being deleted, in <see cref="NavigationStep.DeleteAccess"/> and <see cref="NavigationStep.Deleting"/>.</summary>
    public string? DeleteTarget { get; private set; }

    /// <summary>Why the last delete failed, shown on the delete screen.</summary>
    public string? DeleteFailure { get; private set; }

    /// <summary>What would refuse <paramref name="trigger"/> now; empty when it would move.</summary>
    public IReadOnlyList<string> Check(NavigationTrigger trigger) => Guarded.Check(trigger);

    /// <summary>The declared machine, for the diagrams.</summary>
    internal Stateless.Reflection.StateMachineInfo Info => Guarded.Machine.GetInfo();

    /// <summary>The underlying machine, so tests can record every transition taken.</summary>
    internal Stateless.StateMachine<NavigationStep, NavigationTrigger> Machine => Guarded.Machine;

    public void Dispose() => ClearSecrets();

    private void OnCreateFinished(CreateAccessStep end)
    {
        // A creation that finishes after the user quit (or left) must not bring its result back.
        if (_step != NavigationStep.CreateAccess)
        {
            return;
        }

        LastCreated = end == CreateAccessStep.Created ? Create?.Created : null;
        ForgetCreatedPassphrase();
        LastCreatedPassphrase = end == CreateAccessStep.Created ? Create?.TakeCreatedPassphrase() : null;
        KeepProjectPassphrase(Create?.TakeProjectPassphrase());
        Create = null;
        Resuming = null;
        Guarded.Fire(end == CreateAccessStep.Created ? NavigationTrigger.AccessCreated : NavigationTrigger.CreateCancelled);
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
        PendingCreations = [];
        Resuming = null;
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
        SecretBuffer.Clear(ProjectPassphrase);
        ProjectPassphrase = null;
    }

    private void ClearSecrets()
    {
        ClearPassphrase();
        Create?.Dispose();
        Create = null;
        LastCreated = null;
        ForgetCreatedPassphrase();
    }

    private void ForgetCreatedPassphrase()
    {
        LastCreatedPassphrase?.Dispose();
        LastCreatedPassphrase = null;
    }
}
