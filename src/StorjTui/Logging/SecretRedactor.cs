using System.Text.RegularExpressions;

namespace StorjTui.Logging;

/// <summary>
/// Last line of defence for the log file: code never logs secrets on purpose, but a URL, an exception text
/// or a server's error body might carry one. Masks anything shaped like a grant or API key (long base58),
/// an S3 secret key (53 base32 characters), a bearer token or a session cookie.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    public static string Redact(string text) => SecretShapes().Replace(text, m => m.Groups["keep"].Success ? m.Groups["keep"].Value + Mask : Mask);

    [GeneratedRegex(
        @"(?<keep>(?i:bearer\s+|_tokenKey=|token[""']?\s*[:=]\s*[""']?))[^\s""';,]+" +
        @"|\b[1-9A-HJ-NP-Za-km-z]{40,}\b" +
        @"|\b[a-z2-7]{53}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SecretShapes();
}
