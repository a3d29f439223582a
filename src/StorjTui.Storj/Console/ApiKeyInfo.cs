namespace StorjTui.Storj.Console;

/// <summary>An API key's public facts (<c>keyInfo</c> / list rows); the key itself is never part of this.</summary>
/// <param name="Id">The key's UUID (what delete-by-ids takes).</param>
/// <param name="ProjectId">The project's internal id.</param>
/// <param name="ProjectPublicId">The project's public id.</param>
public sealed record ApiKeyInfo(
    string Id,
    string ProjectId,
    string ProjectPublicId,
    string Name,
    DateTimeOffset CreatedAt,
    string? CreatorEmail,
    long Version);
