using StorjTui.Core.Access;

namespace StorjTui.Core.Flow;

// Creations that got an API key but never delivered credentials (a later step failed, or an earlier run was cut
// off): the access page lists the open project's ones; Resume reopens the create flow for the same name and type,
// and Creating then finishes that creation instead of starting a new one (no second key).
public sealed partial class NavigationFlow
{
    /// <summary>The open project's unfinished creations, oldest first (loaded with the access page).</summary>
    public IReadOnlyList<PendingCreation> PendingCreations { get; private set; } = [];

    /// <summary>The unfinished creation the running create flow finishes, if any.</summary>
    public PendingCreation? Resuming { get; private set; }

    /// <summary>
    /// What Creating should finish instead of creating anew: the creation being resumed, as long as the draft still
    /// has its name and type (a renamed draft is a new access, and the leftover stays listed).
    /// </summary>
    public PendingCreation? ResumeTarget =>
        Resuming is { } pending && Create is { } flow && flow.Draft.Name == pending.Name && flow.Draft.Type == pending.Type
            ? pending
            : null;

    /// <summary>The back end's unfinished creations; only the open project's are kept.</summary>
    public void ShowPendingCreations(IReadOnlyList<PendingCreation> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        PendingCreations = Project is { } project
            ? PendingCreation.InProject(pending, project)
            : [];
    }

    /// <summary>
    /// Opens the create flow to finish <paramref name="pending"/>: its type and name are filled in (the name is not
    /// "already in use" by its own leftover key); permissions, dates and passphrase are asked again, since the record
    /// holds no secret and no choices.
    /// </summary>
    public StepResult<NavigationStep> StartResume(PendingCreation pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (_step != NavigationStep.AccessPage)
        {
            return Guarded.Fire(NavigationTrigger.CreateAccess);
        }

        if (!PendingCreations.Contains(pending))
        {
            return StepResult<NavigationStep>.Refused(_step, [$"The creation of '{pending.Name}' is no longer unfinished. Refresh the page."]);
        }

        var names = Accesses.Select(a => a.Name).Where(n => n != pending.Name).ToList();
        var setup = new CreateAccessSetup(names, Buckets, CurrentPassphrase, pending.Type, Features);
        var flow = new CreateAccessFlow(setup, _services, OnCreateFinished);
        flow.SetName(pending.Name);
        var result = Guarded.Fire(NavigationTrigger.CreateAccess);
        if (result.Accepted)
        {
            Create = flow;
            Resuming = pending;
            LastCreated = null;
        }
        else
        {
            flow.Dispose();
        }

        return result;
    }

    /// <summary>
    /// The running creation made its key but a later step failed: Retry must finish that creation, not start another.
    /// </summary>
    public void CreationLeftPending(PendingCreation pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (_step == NavigationStep.CreateAccess && Create is not null)
        {
            Resuming = pending;
        }
    }
}
