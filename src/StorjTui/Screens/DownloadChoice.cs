using StorjTui.Core.Bundles;

namespace StorjTui.Screens;

/// <summary>One line of the Download all format choice: a file format, or merging into a tool's config.</summary>
internal sealed record DownloadChoice(string Label, BundleFormat? Format, DownloadMerge Merge = DownloadMerge.None);
