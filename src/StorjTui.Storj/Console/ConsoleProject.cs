namespace StorjTui.Storj.Console;

/// <summary>A project as <c>GET /api/v0/projects</c> lists it.</summary>
/// <param name="Id">The public project id (what every other call takes).</param>
public sealed record ConsoleProject(
    string Id,
    string Name,
    string OwnerId,
    DateTimeOffset CreatedAt,
    EdgeUrlOverrides? EdgeUrlOverrides,
    bool HasManagedPassphrase);
