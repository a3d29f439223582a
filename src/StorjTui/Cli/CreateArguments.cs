using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Core.Flow;

namespace StorjTui.Cli;

/// <summary>What `storj-tui create` was asked to do, after parsing.</summary>
internal sealed record CreateArguments
{
    public required AccessType Type { get; init; }
    public required string Name { get; init; }
    /// <summary>Full access (the permissions, buckets and end date below are then not used) or Advanced.</summary>
    public required FlowType FlowType { get; init; }
    public required Permissions Permissions { get; init; }
    public required IReadOnlyList<string> Buckets { get; init; }
    public string? NotAfter { get; init; }
    public PassphraseChoice? Passphrase { get; init; }
    public required BundleFormat Format { get; init; }
    /// <summary>The restic repository's bucket (<c>--repository-bucket</c>), when the access has none or several.</summary>
    public string? RepositoryBucket { get; init; }
    /// <summary>Merge into this tool's own config (<c>--merge</c>) instead of saving a bundle file.</summary>
    public ConfigMergeTarget? Merge { get; init; }
    public required string OutFolder { get; init; }
    public string? Project { get; init; }
    public bool Sandbox { get; init; }
    public bool Json { get; init; }
    public bool Resume { get; init; }
    public bool Abandon { get; init; }
}
