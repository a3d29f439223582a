namespace StorjTui.Core.Bundles;

/// <summary>What "merge into my config" changed.</summary>
/// <param name="ProfileName">The profile / remote name used.</param>
/// <param name="Files">Config files written.</param>
/// <param name="Backups">Timestamped copies of the files as they were before (none for new files).</param>
/// <param name="Replaced">True when a profile/remote of that name existed and was replaced.</param>
public sealed record ConfigMergeResult(string ProfileName, IReadOnlyList<string> Files, IReadOnlyList<string> Backups, bool Replaced);
