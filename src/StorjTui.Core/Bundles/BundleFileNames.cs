using System.Globalization;
using System.Text;
using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>
/// File names as the console's download makes them: <c>&lt;brand&gt;-&lt;type&gt;-&lt;name&gt;-&lt;ISO UTC&gt;</c>,
/// with characters that are illegal in file names (and path separators) replaced by <c>_</c>.
/// </summary>
public static class BundleFileNames
{
    private const string Brand = "Storj";

    /// <summary>
    /// Replaces <c>/ \ : * ? " &lt; &gt; |</c> and control characters with <c>_</c>, so a name such as
    /// <c>prod/backup</c> cannot leave the chosen folder.
    /// </summary>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || "/\\:*?\"<>|".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        return builder.ToString();
    }

    /// <summary>The console's <c>Date.toISOString()</c>: UTC with milliseconds, e.g. <c>2026-01-01T12:00:00.000Z</c>.</summary>
    public static string IsoTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The console's type word: <c>S3-Credentials</c>, <c>Access-Grant</c> or <c>API-Key</c>.</summary>
    public static string TypeWord(AccessType type) => type switch
    {
        AccessType.S3Credentials => "S3-Credentials",
        AccessType.AccessGrant => "Access-Grant",
        AccessType.ApiKey => "API-Key",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The name without extension, e.g. <c>Storj-S3-Credentials-my-access-2026-01-01T12:00:00.000Z</c>.</summary>
    public static string BaseName(AccessType type, string accessName, DateTimeOffset createdAt) =>
        Sanitize($"{Brand}-{TypeWord(type)}-{accessName}-{IsoTimestamp(createdAt)}");

    /// <summary>The generated passphrase's file: <c>Storj-passphrase-&lt;name&gt;-&lt;iso&gt;.txt</c>.</summary>
    public static string PassphraseFileName(string accessName, DateTimeOffset createdAt) =>
        Sanitize($"{Brand}-passphrase-{accessName}-{IsoTimestamp(createdAt)}.txt");
}
