namespace StorjTui.Core.Access;

/// <summary>
/// The port every back end implements (satellite, existing access grant, sandbox), so the screens and
/// the command line never know which one is in use. Errors a person can act on are thrown as
/// <see cref="StorjConnectionException"/> with a message fit to show.
/// </summary>
public interface IStorjConnection : IAsyncDisposable
{
    /// <summary>What this connection is, for the status bar ("Sandbox", "us1 as alice@…", "Access grant").</summary>
    string Description { get; }

    /// <summary>
    /// Which Object Lock and bucket-notification permissions this back end's console offers (from the satellite's
    /// config; both on where there is no console to ask, such as an existing access grant).
    /// </summary>
    SatelliteFeatures Features => SatelliteFeatures.Default;

    /// <summary>False for an existing access grant: a new passphrase needs the project salt, which only the satellite has.</summary>
    bool CanUseNewPassphrase { get; }

    Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Opens a project with the passphrase the user typed at the project passphrase prompt
    /// (null when skipped; ignored for projects with a managed passphrase).
    /// </summary>
    Task OpenProjectAsync(Project project, byte[]? passphrase, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListBucketNamesAsync(Project project, CancellationToken cancellationToken);

    Task<IReadOnlyList<AccessSummary>> ListAccessesAsync(Project project, CancellationToken cancellationToken);

    /// <summary>Deletes (and so revokes) an access by name.</summary>
    Task DeleteAccessAsync(Project project, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the access. When a step after the API key's creation fails, throws <see cref="IncompleteCreationException"/>
    /// carrying the <see cref="PendingCreation"/> to resume or abandon.
    /// </summary>
    Task<CreatedAccess> CreateAccessAsync(Project project, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken);

    /// <summary>Creations that never delivered their credentials (this session's, and leftovers of earlier runs against this back end).</summary>
    Task<IReadOnlyList<PendingCreation>> GetPendingCreationsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Finishes a pending creation with the same request: with the same key when <see cref="PendingCreation.CanFinishWithSameKey"/>,
    /// otherwise the leftover key is deleted and the access is created again under the same name. Call
    /// <see cref="OpenProjectAsync"/> for the project first.
    /// </summary>
    Task<CreatedAccess> ResumeCreationAsync(PendingCreation pending, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the API key a pending creation left behind (if it exists) and forgets the record. Refused with a
    /// <see cref="StorjConnectionException"/> while another process still runs that creation.
    /// </summary>
    Task AbandonCreationAsync(PendingCreation pending, CancellationToken cancellationToken);

    /// <summary>
    /// The credentials of <paramref name="created"/> were delivered (the bundle is in place, or they were shown and
    /// copied, saved or acknowledged): forget its pending record. Until then a run that dies leaves the creation
    /// listed as unfinished, so its key is never an orphan.
    /// </summary>
    void CompleteCreation(CreatedAccess created);
}
