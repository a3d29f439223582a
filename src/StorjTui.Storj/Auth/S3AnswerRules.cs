using System.Text.RegularExpressions;
using StorjTui.Core.Text;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Auth;

/// <summary>
/// What an S3 answer from a Storj service may hold before it is written into .env, aws and rclone files: every value
/// from a satellite or auth service is untrusted. The endpoint must be an absolute https:// URL (http:// only to a
/// loopback host or with the Insecure setting) with no user info and none of the characters a shell, an INI file
/// or a terminal gives meaning to. Access key ids and secret keys are what storj/edge pkg/auth/authdb makes:
/// lowercase unpadded base32 of a version byte and 16 (id, 28 characters) or 32 (secret, 53 characters) bytes.
/// </summary>
public static partial class S3AnswerRules
{
    /// <summary>Length of an access key id.</summary>
    public const int AccessKeyIdLength = 28;

    /// <summary>Length of a secret key.</summary>
    public const int SecretKeyLength = 53;

    /// <summary>Throws <see cref="UnsafeAnswerException"/> unless both keys have the auth service's alphabet and lengths.</summary>
    public static void CheckKeys(string accessKeyId, string secretKey, string service)
    {
        ArgumentNullException.ThrowIfNull(accessKeyId);
        ArgumentNullException.ThrowIfNull(secretKey);
        if (accessKeyId.Length != AccessKeyIdLength || !Base32Lower().IsMatch(accessKeyId))
        {
            throw new UnsafeAnswerException(
                $"The {service} answered with an access_key_id that is not {AccessKeyIdLength} lowercase base32 characters, so it was not used. Is the auth service URL right?",
                "access_key_id");
        }
        if (secretKey.Length != SecretKeyLength || !Base32Lower().IsMatch(secretKey))
        {
            // The value is a secret (or meant to be one): never quoted.
            throw new UnsafeAnswerException(
                $"The {service} answered with a secret_key that is not {SecretKeyLength} lowercase base32 characters, so it was not used. Is the auth service URL right?",
                "secret_key");
        }
    }

    /// <summary>
    /// The endpoint, trimmed; null when blank (no gateway named). Throws <see cref="UnsafeAnswerException"/> naming
    /// <paramref name="field"/> when it is not a plain http(s) URL as the class summary says.
    /// </summary>
    public static string? CheckEndpoint(string? endpoint, bool insecure, string field, string service)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return null;
        }
        var text = endpoint.Trim();
        string? problem = null;
        if (text.Length > 2048)
        {
            problem = "is too long";
        }
        else if (!SafeCharacters().IsMatch(text) || !BracketsOnlyAroundIPv6Host(text))
        {
            problem = "has characters a URL of a gateway never has (white space, control characters, quotes, backslashes or shell characters)";
        }
        else if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.Host.Length == 0)
        {
            problem = "is not an absolute http(s) URL";
        }
        else if (url.UserInfo.Length > 0)
        {
            problem = "holds a user name or password";
        }
        else if (url.Scheme == Uri.UriSchemeHttp && !insecure && !ServiceAddress.IsLoopback(url))
        {
            problem = "uses plain HTTP to a host that is not this machine (use https://, or set Insecure if you really mean it)";
        }
        if (problem is not null)
        {
            throw new UnsafeAnswerException(
                $"The {service} answered with an {field} that {problem}, so it was not used: \"{Shorten(TerminalText.Show(text))}\".",
                field);
        }
        return text;
    }

    private static bool BracketsOnlyAroundIPv6Host(string text)
    {
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return !text.Contains(']', StringComparison.Ordinal);
        }
        var close = text.IndexOf(']', StringComparison.Ordinal);
        // "scheme://[" and exactly one pair.
        return open > 0 && text[..open].EndsWith("://", StringComparison.Ordinal) && close > open
            && text.IndexOf('[', open + 1) < 0 && text.IndexOf(']', close + 1) < 0;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    [GeneratedRegex("^[a-z2-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Base32Lower();

    // Letters, digits and the URL characters that mean nothing to sh, INI parsers or terminals.
    [GeneratedRegex(@"^[A-Za-z0-9\-._~:/%+=,@\[\]]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeCharacters();
}
