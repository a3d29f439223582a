namespace StorjTui.Core.Access;

/// <summary>One row of the Access page: an API key the project has (its name is the access name).</summary>
public sealed record AccessSummary(string Id, string Name, DateTimeOffset CreatedAt);
