namespace StorjTui.Core.Access;

/// <summary>
/// A creation that got as far as creating (or trying to create) an API key but never delivered the credentials:
/// from this session (a later step failed) or left over from an earlier run (SSH dropped mid-create). Holds no secret.
/// </summary>
/// <param name="Id">Identifies the record.</param>
/// <param name="ProjectId">The public id of the project the key was created in.</param>
/// <param name="Name">The access (API key) name.</param>
/// <param name="StartedAt">When the creation began.</param>
/// <param name="CanFinishWithSameKey">True when this session still holds the key, so the remaining steps can run with it;
/// false for a leftover record: the key's secret is gone, so resuming deletes the key and creates it again.</param>
/// <param name="RunningInProcess">The id of another process that is still running this creation (it must be left
/// alone: neither resumed nor abandoned); null when no other process runs it.</param>
public sealed record PendingCreation(
    string Id,
    string ProjectId,
    string ProjectName,
    string Name,
    AccessType Type,
    DateTimeOffset StartedAt,
    bool CanFinishWithSameKey,
    int? RunningInProcess = null)
{
    /// <summary>The creations among <paramref name="all"/> made in <paramref name="project"/>, oldest first: how the access page and <c>create</c> list them.</summary>
    public static IReadOnlyList<PendingCreation> InProject(IEnumerable<PendingCreation> all, Project project)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(project);
        return all.Where(p => p.ProjectId == project.Id).OrderBy(p => p.StartedAt).ToList();
    }
}
