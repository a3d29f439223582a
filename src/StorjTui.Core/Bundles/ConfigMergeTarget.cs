namespace StorjTui.Core.Bundles;

/// <summary>
/// The tool configuration "merge into my config" adds the access to (command line: <c>--merge aws|rclone|uplink|uplink-default</c>).
/// </summary>
public enum ConfigMergeTarget
{
    /// <summary>S3 credentials as an aws CLI profile in <c>~/.aws/credentials</c> and <c>~/.aws/config</c>.</summary>
    Aws,
    /// <summary>S3 credentials as an rclone remote in <c>~/.config/rclone/rclone.conf</c>.</summary>
    Rclone,
    /// <summary>An access grant saved in uplink's <c>~/.config/storj/uplink/access.json</c>.</summary>
    Uplink,
    /// <summary>As <see cref="Uplink"/>, and made uplink's default access.</summary>
    UplinkDefault,
}
