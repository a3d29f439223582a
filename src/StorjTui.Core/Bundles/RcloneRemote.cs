using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>
/// An rclone S3 remote for Storj's gateway. <c>provider = Storj</c> makes rclone address buckets virtual-host style
/// (<c>bucket.gateway</c>) and ignore <c>force_path_style</c>; right for Storj's gateways (wildcard DNS), but
/// <c>bucket.127.0.0.1</c> never resolves, so a loopback endpoint (the sandbox's own gateway, a local test server)
/// gets <c>provider = Other</c> with path style. Values are checked by <see cref="LineValue"/>: one line each.
/// </summary>
internal static class RcloneRemote
{
    public static string Section(CredentialBundle bundle) =>
        $"[{bundle.ProfileName}]\n" +
        "type = s3\n" +
        (IsLoopback(bundle.Access.Endpoint)
            ? "# A loopback endpoint (the storj-tui sandbox or a local test server): path-style, since bucket.<host> does not resolve here.\n" +
              "provider = Other\nforce_path_style = true\n"
            : "provider = Storj\n") +
        $"access_key_id = {Value(bundle.Access.AccessKeyId, "access key id")}\n" +
        $"secret_access_key = {Value(bundle.Access.SecretKey, "secret key")}\n" +
        $"endpoint = {Value(bundle.Access.Endpoint, "endpoint")}\n";

    private static string Value(string? value, string field) => LineValue.Check(value, field, "rclone configuration");

    private static bool IsLoopback(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && EndpointAddress.IsLoopback(uri);
}
