using System.Globalization;
using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Text;

namespace StorjTui.Core.Bundles;

/// <summary>
/// File names as the console's download makes them: <c>&lt;brand&gt;-&lt;type&gt;-&lt;name&gt;-&lt;ISO UTC&gt;</c>,
/// with characters that are illegal in file names (and path separators) replaced by <c>_</c>, and the name part
/// shortened when the whole would pass the file system's 255-byte limit (a name the console accepts, 100
/// characters, can be up to 400 bytes of UTF-8).
/// </summary>
public static class BundleFileNames
{
    /// <summary>The longest file name (in UTF-8 bytes) Linux, macOS and Windows file systems accept.</summary>
    public const int MaxFileNameBytes = 255;

    private const string Brand = "Storj";

    /// <summary>The extensions a bundle's files get after <see cref="BaseName"/>.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".env", ".json", ".aws-credentials", ".aws-config", ".rclone.conf", ".docker.env", ".passwd-s3fs", ".k8s-secret.yaml", ".restic.env", ".uplink-access"];

    private static readonly int LongestExtensionBytes = Extensions.Max(Encoding.UTF8.GetByteCount);

    /// <summary>
    /// Replaces <c>/ \ : * ? " &lt; &gt; |</c>, control characters, bidi overrides/isolates and zero-width
    /// characters with <c>_</c>, so a name such as <c>prod/backup</c> cannot leave the chosen folder and one such as
    /// <c>rtl&lt;U+202E&gt;gpj.exe</c> cannot make a listing show another extension than the file has.
    /// </summary>
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // The terminal renderer's rule for what cannot be seen (controls, format and separator characters), so a
            // file name hides nothing the screen would show.
            bool unsafeHere = TerminalText.IsHidden(rune) || (rune.IsAscii && "/\\:*?\"<>|".Contains((char)rune.Value, StringComparison.Ordinal));
            builder.Append(unsafeHere ? "_" : rune.ToString());
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

    /// <summary>
    /// The name without extension, e.g. <c>Storj-S3-Credentials-my-access-2026-01-01T12_00_00.000Z</c>, leaving room
    /// for the longest of <see cref="Extensions"/>.
    /// </summary>
    public static string BaseName(AccessType type, string accessName, DateTimeOffset createdAt) =>
        Fit($"{Brand}-{TypeWord(type)}-", accessName, $"-{IsoTimestamp(createdAt)}", LongestExtensionBytes);

    /// <summary>The generated passphrase's file: <c>Storj-passphrase-&lt;name&gt;-&lt;iso&gt;.txt</c>.</summary>
    public static string PassphraseFileName(string accessName, DateTimeOffset createdAt) =>
        Fit($"{Brand}-passphrase-", accessName, $"-{IsoTimestamp(createdAt)}.txt", 0);

    /// <summary>Sanitizes, then cuts the name part (whole characters only) so the file name fits in 255 bytes.</summary>
    private static string Fit(string prefix, string accessName, string suffix, int reservedBytes)
    {
        ArgumentNullException.ThrowIfNull(accessName);
        var head = Sanitize(prefix);
        var tail = Sanitize(suffix);
        var name = Sanitize(accessName);
        var budget = MaxFileNameBytes - reservedBytes - Encoding.UTF8.GetByteCount(head) - Encoding.UTF8.GetByteCount(tail);
        if (Encoding.UTF8.GetByteCount(name) > budget)
        {
            var kept = new StringBuilder();
            var used = 0;
            foreach (var rune in name.EnumerateRunes())
            {
                used += rune.Utf8SequenceLength;
                if (used > budget)
                {
                    break;
                }

                kept.Append(rune.ToString());
            }

            name = kept.ToString();
        }

        return head + name + tail;
    }
}
