using StorjTui.Core.Access;
using StorjTui.Core.Text;

namespace StorjTui.Core.Bundles;

/// <summary>
/// The s3fs password file (<c>.passwd-s3fs</c>): one line <c>ACCESS_KEY:SECRET_KEY</c>. s3fs splits the line at
/// colons (a three-part line means <c>bucket:key:secret</c>), so a key with a colon is refused, as are line breaks and
/// control characters. s3fs refuses a password file others can read; the bundle writer makes it 0600.
/// </summary>
public static class S3fsPasswordFile
{
    private const string File = ".passwd-s3fs file";

    internal static string Render(CreatedAccess access) =>
        $"{NoColon(access.AccessKeyId, "access key id")}:{NoColon(access.SecretKey, "secret key")}\n";

    /// <summary>
    /// The command that mounts the access's bucket with the saved file, quoted for sh:
    /// <c>s3fs BUCKET MOUNTPOINT -o passwd_file=…,url=&lt;endpoint&gt;,use_path_request_style</c>. The bucket is the
    /// access's only bucket, else the word <c>BUCKET</c> to replace; <c>MOUNTPOINT</c> is always to be replaced.
    /// Throws <see cref="BundleWriteException"/> (<see cref="BundleWriteFailure.UnsafeValue"/>) when the endpoint or
    /// the path holds a comma (s3fs would split its <c>-o</c> list there) or a control character.
    /// </summary>
    public static string MountLine(CreatedAccess access, string passwordFilePath)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentException.ThrowIfNullOrEmpty(passwordFilePath);
        var bucket = access.Buckets.Count == 1 ? PosixShell.QuoteForTerminal(access.Buckets[0]) : "BUCKET";
        var options = $"passwd_file={NoComma(passwordFilePath, "folder path")},url={NoComma(access.Endpoint, "endpoint")},use_path_request_style";
        return $"s3fs {bucket} MOUNTPOINT -o {PosixShell.QuoteForTerminal(options)}";
    }

    /// <summary>
    /// What to show after saving: <c>Mount with: </c> and the <see cref="MountLine"/>, or, when no safe line can be
    /// given, why (the file is saved either way, so this never throws for a refused value).
    /// </summary>
    public static string MountHint(CreatedAccess access, string passwordFilePath)
    {
        try
        {
            return $"Mount with: {MountLine(access, passwordFilePath)}";
        }
        catch (BundleWriteException e)
        {
            return e.Message;
        }
    }

    private static string NoColon(string? value, string field) =>
        LineValue.Check(value, field, File).Contains(':', StringComparison.Ordinal)
            ? throw new BundleWriteException(BundleWriteFailure.UnsafeValue, $"The {field} holds a colon, which s3fs reads as a field separator, so the {File} was not written. Nothing was saved.")
            : value!;

    private static string NoComma(string? value, string field) =>
        LineValue.Check(value, field, "s3fs mount line").Contains(',', StringComparison.Ordinal)
            ? throw new BundleWriteException(BundleWriteFailure.UnsafeValue, $"The {field} holds a comma, which s3fs reads as the end of an -o option, so no s3fs mount line can be given for it.")
            : value!;
}
