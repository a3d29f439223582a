namespace StorjTui.Core.Access;

/// <summary>A project as the console lists it.</summary>
/// <param name="Id">The public project id (what the console API takes).</param>
/// <param name="Name">Display name.</param>
/// <param name="HasManagedPassphrase">The satellite keeps the passphrase; the app never asks for or shows it.</param>
public sealed record Project(string Id, string Name, DateTimeOffset CreatedAt, bool HasManagedPassphrase);
