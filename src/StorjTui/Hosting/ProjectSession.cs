using StorjTui.Core.Access;
using StorjTui.Core.Flow;

namespace StorjTui.Hosting;

/// <summary>
/// A connection's way into one project, without any UI: connected (projects listed) → project opened with or without
/// its passphrase → lists. It works out once what "the current passphrase" means there, for the create flow of the
/// TUI and of <c>storj-tui create</c>. The connection stays its opener's to dispose.
/// </summary>
internal sealed class ProjectSession
{
    private ProjectSession(IStorjConnection connection, IReadOnlyList<Project> projects)
    {
        Connection = connection;
        Projects = projects;
    }

    public IStorjConnection Connection { get; }

    /// <summary>The account's projects (for an access grant, the one it belongs to).</summary>
    public IReadOnlyList<Project> Projects { get; }

    /// <summary>An existing access grant: it cannot use a new passphrase (the project salt is the satellite's), so its own key is the only one.</summary>
    public bool IsAccessGrantConnection => !Connection.CanUseNewPassphrase;

    /// <summary>The open project; null until <see cref="OpenProjectAsync"/> succeeded.</summary>
    public Project? Project { get; private set; }

    /// <summary>What "Use the current passphrase" means in the open project (<see cref="CurrentPassphrase.Unknown"/> before one is open).</summary>
    public CurrentPassphrase CurrentPassphrase { get; private set; } = CurrentPassphrase.Unknown;

    /// <summary>Lists the connection's projects: the session starts there.</summary>
    public static async Task<ProjectSession> StartAsync(IStorjConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        IReadOnlyList<Project> projects = await connection.ListProjectsAsync(cancellationToken).ConfigureAwait(false);
        return new ProjectSession(connection, projects);
    }

    /// <summary>
    /// Opens <paramref name="project"/> with the passphrase typed for it (null: skipped or not asked). A project whose
    /// passphrase the satellite manages, and an access grant, take none: one given is not passed on. The caller keeps
    /// and clears <paramref name="passphrase"/>.
    /// </summary>
    public async Task OpenProjectAsync(Project project, byte[]? passphrase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        byte[]? used = project.HasManagedPassphrase || IsAccessGrantConnection ? null : passphrase;
        Project = null;
        CurrentPassphrase = CurrentPassphrase.Unknown;
        await Connection.OpenProjectAsync(project, used, cancellationToken).ConfigureAwait(false);
        Project = project;
        CurrentPassphrase = AccessRules.CurrentPassphraseOf(Connection.CanUseNewPassphrase, project, used is not null);
    }

    /// <summary>The open project's accesses, buckets and unfinished creations.</summary>
    public async Task<ProjectLists> ListAsync(CancellationToken cancellationToken)
    {
        Project project = Project ?? throw new InvalidOperationException("Open a project first.");
        IReadOnlyList<AccessSummary> accesses = await Connection.ListAccessesAsync(project, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> buckets = await Connection.ListBucketNamesAsync(project, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<PendingCreation> pending = await PendingCreationsAsync(project, cancellationToken).ConfigureAwait(false);
        return new ProjectLists(accesses, buckets, pending);
    }

    /// <summary>The unfinished creations in <paramref name="project"/> (open or not: leftovers are found before opening), oldest first.</summary>
    public async Task<IReadOnlyList<PendingCreation>> PendingCreationsAsync(Project project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        IReadOnlyList<PendingCreation> all = await Connection.GetPendingCreationsAsync(cancellationToken).ConfigureAwait(false);
        return PendingCreation.InProject(all, project);
    }
}
