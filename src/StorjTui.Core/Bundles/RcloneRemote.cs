namespace StorjTui.Core.Bundles;

/// <summary>An rclone S3 remote for Storj's gateway.</summary>
internal static class RcloneRemote
{
    public static string Section(CredentialBundle bundle) =>
        $"[{bundle.ProfileName}]\n" +
        "type = s3\n" +
        "provider = Storj\n" +
        $"access_key_id = {bundle.Access.AccessKeyId}\n" +
        $"secret_access_key = {bundle.Access.SecretKey}\n" +
        $"endpoint = {bundle.Access.Endpoint}\n";
}
