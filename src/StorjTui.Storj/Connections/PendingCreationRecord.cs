using StorjTui.Core.Access;

namespace StorjTui.Storj.Connections;

/// <summary>One file of the pending-creations folder. No secrets: the key itself is never written down.</summary>
/// <param name="Backend">Which back end the key was created on (the console URL), so another back end's records are left alone.</param>
public sealed record PendingCreationRecord(
    string Id,
    string Backend,
    string ProjectId,
    string ProjectName,
    string Name,
    AccessType Type,
    DateTimeOffset StartedAt);
