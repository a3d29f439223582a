using System.Globalization;
using System.Text;
using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>
/// The <c>.k8s-secret.yaml</c> manifest: an Opaque Secret whose <c>stringData</c> holds the AWS variables, named
/// after the access by <see cref="SecretName"/>. Every value is a YAML double-quoted scalar with <c>"</c>, <c>\</c>
/// and every character YAML would not keep as it is (control characters, NEL, line and paragraph separators, BOM)
/// escaped, so no value can end its line or add a key.
/// </summary>
public static class KubernetesSecret
{
    /// <summary>Kubernetes' DNS-1123 label limit (a Secret name may be a longer subdomain; a label is valid everywhere).</summary>
    public const int MaxNameLength = 63;

    /// <summary>The region the aws CLI profile uses too; some SDKs refuse to sign without one.</summary>
    private const string Region = "global";

    internal static string Render(CreatedAccess access) =>
        "apiVersion: v1\n" +
        "kind: Secret\n" +
        "metadata:\n" +
        $"  name: {Quote(SecretName(access.Name))}\n" +
        "type: Opaque\n" +
        "stringData:\n" +
        $"  AWS_ACCESS_KEY_ID: {Quote(Required(access.AccessKeyId))}\n" +
        $"  AWS_SECRET_ACCESS_KEY: {Quote(Required(access.SecretKey))}\n" +
        $"  AWS_ENDPOINT_URL: {Quote(Required(access.Endpoint))}\n" +
        $"  AWS_REGION: {Quote(Region)}\n";

    /// <summary>
    /// A DNS-1123 label from the access name: lower case, each run of characters other than <c>a-z 0-9</c> turned
    /// into one <c>-</c>, no <c>-</c> at either end, at most 63 characters; <c>storj-access</c> when nothing is left
    /// (a name of only symbols or non-Latin letters). <c>Prod/Backup 2026</c> → <c>prod-backup-2026</c>.
    /// </summary>
    public static string SecretName(string accessName)
    {
        ArgumentNullException.ThrowIfNull(accessName);
        var name = new StringBuilder(Math.Min(accessName.Length, MaxNameLength));
        foreach (var c in accessName.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var text = name.ToString();
        text = (text.Length > MaxNameLength ? text[..MaxNameLength] : text).Trim('-');
        return text.Length == 0 ? "storj-access" : text;
    }

    /// <summary>A YAML double-quoted scalar of <paramref name="value"/>.</summary>
    internal static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff':
                    quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private static string Required(string? value) => value ?? throw new ArgumentNullException(nameof(value));
}
