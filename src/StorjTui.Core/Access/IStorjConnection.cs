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

    Task<CreatedAccess> CreateAccessAsync(Project project, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken);
}
