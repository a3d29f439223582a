using System.Net;

namespace StorjTui.Core.Bundles;

/// <summary>
/// An rclone S3 remote for Storj's gateway. <c>provider = Storj</c> makes rclone address buckets virtual-host style
/// (<c>bucket.gateway</c>) and ignore <c>force_path_style</c>; right for Storj's gateways (wildcard DNS), but
/// <c>bucket.127.0.0.1</c> never resolves, so a loopback endpoint (the sandbox's own gateway, a local test server)
/// gets <c>provider = Other</c> with path style.
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
        $"access_key_id = {bundle.Access.AccessKeyId}\n" +
        $"secret_access_key = {bundle.Access.SecretKey}\n" +
        $"endpoint = {bundle.Access.Endpoint}\n";

    private static bool IsLoopback(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));
}
