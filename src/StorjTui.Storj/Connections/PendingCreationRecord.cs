using StorjTui.Core.Access;

namespace StorjTui.Storj.Connections;

/// <summary>
/// One file of the pending-creations folder. No secrets: the key itself is never written down. It lives from just
/// before the API key is created until the credentials are delivered (bundle in place, or shown and saved).
/// </summary>
/// <param name="Owner">The process that runs the creation (null in records written before owners were recorded).</param>
/// <param name="Backend">Which back end the key was created on (the console URL), so another back end's records are left alone.</param>
public sealed record PendingCreationRecord(
    string Id,
    string Backend,
    string ProjectId,
    string ProjectName,
    string Name,
    AccessType Type,
    DateTimeOffset StartedAt,
    PendingCreationOwner? Owner = null);
