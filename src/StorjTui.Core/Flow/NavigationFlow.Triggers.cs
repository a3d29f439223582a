using System.Text;
using StorjTui.Core.Access;

namespace StorjTui.Core.Flow;

// What the screens report: each method records the data the step produced, then fires the matching trigger.
// Data is only taken in the step that asks for it, so a trigger fired on the wrong step changes nothing.
public sealed partial class NavigationFlow
{
    /// <summary>The connection is up and listed its projects.</summary>
    /// <param name="isAccessGrant">True when connected with an existing access grant.</param>
    /// <param name="features">The satellite's Object Lock / bucket eventing switches (null: both on).</param>
    public StepResult<NavigationStep> Connected(IReadOnlyList<Project> projects, bool isAccessGrant, SatelliteFeatures? features = null)
    {
        ArgumentNullException.ThrowIfNull(projects);
        if (_step != NavigationStep.Connect)
        {
            return Guarded.Fire(NavigationTrigger.Connected);
        }

        Projects = projects.ToList();
        IsAccessGrantConnection = isAccessGrant;
        Features = features ?? SatelliteFeatures.Default;
        Project = Projects.Count == 1 ? Projects[0] : null;
        return Guarded.Fire(NavigationTrigger.Connected);
    }

    public StepResult<NavigationStep> ChooseProject(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (_step != NavigationStep.Project)
        {
            return Guarded.Fire(NavigationTrigger.ChooseProject);
        }

        Project = project;
        var result = Guarded.Fire(NavigationTrigger.ChooseProject);
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
            return Guarded.Fire(NavigationTrigger.EnterPassphrase);
        }

        ClearPassphrase();
        ProjectPassphrase = new byte[Encoding.UTF8.GetByteCount(passphrase)];
        Encoding.UTF8.GetBytes(passphrase, ProjectPassphrase);
        var result = Guarded.Fire(NavigationTrigger.EnterPassphrase);
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

        return Guarded.Fire(NavigationTrigger.SkipPassphrase);
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
            var setup = new CreateAccessSetup(Accesses.Select(a => a.Name).ToList(), Buckets, CurrentPassphrase, type, Features);
            Create = new CreateAccessFlow(setup, _services, OnCreateFinished);
            Resuming = null;
            LastCreated = null;
        }

        return Guarded.Fire(NavigationTrigger.CreateAccess);
    }

    public StepResult<NavigationStep> StartDelete(string accessName)
    {
        ArgumentNullException.ThrowIfNull(accessName);
        if (_step != NavigationStep.AccessPage)
        {
            return Guarded.Fire(NavigationTrigger.DeleteAccess);
        }

        DeleteTarget = accessName;
        var result = Guarded.Fire(NavigationTrigger.DeleteAccess);
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
        return Guarded.Fire(NavigationTrigger.ConfirmDelete);
    }

    public StepResult<NavigationStep> Deleted()
    {
        if (_step == NavigationStep.Deleting)
        {
            Accesses = Accesses.Where(a => a.Name != DeleteTarget).ToList();
        }

        return Guarded.Fire(NavigationTrigger.Deleted);
    }

    public StepResult<NavigationStep> DeleteFailed(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (_step == NavigationStep.Deleting)
        {
            DeleteFailure = message;
        }

        return Guarded.Fire(NavigationTrigger.DeleteFailed);
    }

    public StepResult<NavigationStep> Back() => Guarded.Fire(NavigationTrigger.Back);
}
