using StorjTui.Core.Bundles;

namespace StorjTui.Tui.Screens;

/// <summary>
/// One line of the Download all format choice: a file format (for restic, with the repository's bucket), or merging
/// into a tool's config.
/// </summary>
internal sealed record DownloadChoice(string Label, BundleFormat? Format, DownloadMerge Merge = DownloadMerge.None, string? RepositoryBucket = null)
{
    /// <summary>The bundle to write for this choice: with the restic repository's bucket when one was chosen.</summary>
    public CredentialBundle For(CredentialBundle bundle) => RepositoryBucket is { } bucket ? bundle.WithRepositoryBucket(bucket) : bundle;
}
