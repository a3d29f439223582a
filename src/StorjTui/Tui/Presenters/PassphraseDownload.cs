using System.Security.Cryptography;
using StorjTui.Core.Bundles;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// "Download" on the generated-passphrase screen, before any access exists: writes
/// <c>Storj-passphrase-&lt;name&gt;-&lt;iso&gt;.txt</c> holding only the phrase, private (0600) from the start,
/// through a temp file renamed into place, never replacing an existing file.
/// </summary>
internal static class PassphraseDownload
{
    public static string Save(string folder, string accessName, DateTimeOffset time, ReadOnlySpan<byte> phrase)
    {
        string target = Path.Join(folder, BundleFileNames.PassphraseFileName(accessName, time));
        string temp = Path.Join(folder, $".storj-tui-{Environment.ProcessId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(phrase);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(target))
            {
                throw new BundleWriteException(BundleWriteFailure.FileExists, $"{Path.GetFileName(target)} already exists; nothing was replaced.");
            }

            File.Move(temp, target, overwrite: false);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw e as BundleWriteException ?? new BundleWriteException(BundleWriteFailure.Other, $"Could not save the passphrase in {folder}: {e.GetType().Name}.", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // best effort: the temp name marks it as ours for a later clean-up
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
