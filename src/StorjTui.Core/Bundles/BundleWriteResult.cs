namespace StorjTui.Core.Bundles;

/// <summary>What "Download all" wrote: full paths, whether it created the folder, and warnings to show.</summary>
public sealed record BundleWriteResult(IReadOnlyList<string> Files, bool CreatedFolder, IReadOnlyList<string> Warnings);
