namespace StorjTui.Core.Bundles;

/// <summary>The file formats "Download all" can save (command-line names: txt, aws, rclone, env, json).</summary>
public enum BundleFormat
{
    /// <summary>The console's own download, byte for byte (<c>.txt</c>).</summary>
    Txt,
    /// <summary>An aws CLI profile: <c>.aws-credentials</c> and <c>.aws-config</c>.</summary>
    Aws,
    /// <summary>An rclone remote (<c>.rclone.conf</c>).</summary>
    Rclone,
    /// <summary>Environment variables for AWS SDKs (<c>.env</c>).</summary>
    Env,
    /// <summary>Machine-readable details (<c>.json</c>); never holds the passphrase.</summary>
    Json,
}
