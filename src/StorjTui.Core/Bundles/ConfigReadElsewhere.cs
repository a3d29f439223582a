namespace StorjTui.Core.Bundles;

/// <summary>
/// The tools' own settings that make them read another file than the one "merge into my config" writes
/// (<c>AWS_SHARED_CREDENTIALS_FILE</c>, <c>AWS_CONFIG_FILE</c>, <c>RCLONE_CONFIG</c>, <c>XDG_CONFIG_HOME</c>), so a
/// merge is never reported as done while the tool would not see it without a word.
/// </summary>
public static class ConfigReadElsewhere
{
    /// <summary>One warning per variable that sends <paramref name="target"/>'s tool to another file; empty when none does.</summary>
    public static IReadOnlyList<string> Warnings(ConfigMergeTarget target, string homeFolder, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var written = ConfigFileMerge.FilesOf(target, homeFolder);
        var warnings = new List<string>();
        void Check(string variable, string? reads, string writtenFile, string tool)
        {
            if (!string.IsNullOrEmpty(reads) && Path.GetFullPath(reads, homeFolder) != writtenFile)
            {
                warnings.Add($"{variable} is set, so {tool} reads {reads}, not {writtenFile}: unset it, or copy the new section across.");
            }
        }

        var configHome = environment("XDG_CONFIG_HOME");
        switch (target)
        {
            case ConfigMergeTarget.Aws:
                Check("AWS_SHARED_CREDENTIALS_FILE", environment("AWS_SHARED_CREDENTIALS_FILE"), written[0], "the aws CLI");
                Check("AWS_CONFIG_FILE", environment("AWS_CONFIG_FILE"), written[1], "the aws CLI");
                break;
            case ConfigMergeTarget.Rclone:
                Check("RCLONE_CONFIG", environment("RCLONE_CONFIG"), written[0], "rclone");
                // rclone takes $XDG_CONFIG_HOME/rclone/rclone.conf before ~/.config's only when that file exists.
                var xdgRclone = string.IsNullOrEmpty(configHome) ? null : Path.Join(configHome, "rclone", "rclone.conf");
                Check("XDG_CONFIG_HOME", xdgRclone is not null && File.Exists(xdgRclone) ? xdgRclone : null, written[0], "rclone");
                break;
            default:
                Check("XDG_CONFIG_HOME", string.IsNullOrEmpty(configHome) ? null : Path.Join(configHome, "storj", "uplink", "access.json"), written[0], "uplink");
                break;
        }

        return warnings;
    }
}
