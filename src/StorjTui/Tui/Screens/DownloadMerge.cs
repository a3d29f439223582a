
namespace StorjTui.Tui.Screens;

/// <summary>Download all can also merge the keys into an existing tool configuration.</summary>
internal enum DownloadMerge
{
    None,
    AwsConfig,
    RcloneConfig,
    UplinkConfig,
    UplinkConfigAsDefault,
}
