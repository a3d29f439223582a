namespace StorjTui.Core.Bundles;

/// <summary>An rclone S3 remote for Storj's gateway. Values are checked by <see cref="LineValue"/>: one line each.</summary>
internal static class RcloneRemote
{
    public static string Section(CredentialBundle bundle) =>
        $"[{bundle.ProfileName}]\n" +
        "type = s3\n" +
        "provider = Storj\n" +
        $"access_key_id = {Value(bundle.Access.AccessKeyId, "access key id")}\n" +
        $"secret_access_key = {Value(bundle.Access.SecretKey, "secret key")}\n" +
        $"endpoint = {Value(bundle.Access.Endpoint, "endpoint")}\n";

    private static string Value(string? value, string field) => LineValue.Check(value, field, "rclone configuration");
}
