namespace StorjTui.Core.Bundles;

/// <summary>The file formats "Download all" can save (command-line names: the member names in lower case — txt, aws, rclone, env, json, docker, s3fs, k8s, restic, uplink).</summary>
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
    /// <summary>A Docker <c>--env-file</c> (<c>.docker.env</c>): values taken literally, so none may hold a line break.</summary>
    Docker,
    /// <summary>An s3fs password file (<c>.passwd-s3fs</c>, <c>ACCESS_KEY:SECRET_KEY</c>); see <see cref="S3fsPasswordFile.MountLine"/>.</summary>
    S3fs,
    /// <summary>A Kubernetes Secret manifest (<c>.k8s-secret.yaml</c>) with the AWS variables in <c>stringData</c>.</summary>
    K8s,
    /// <summary>restic's repository settings (<c>.restic.env</c>); needs <see cref="CredentialBundle.RepositoryBucket"/>.</summary>
    Restic,
    /// <summary>An access grant alone (<c>.uplink-access</c>), for <c>uplink access import NAME FILE</c>.</summary>
    Uplink,
}
