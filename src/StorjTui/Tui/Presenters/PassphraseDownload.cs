using StorjTui.Core.Bundles;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// "Download" on the generated-passphrase screen, before any access exists: writes
/// <c>Storj-passphrase-&lt;name&gt;-&lt;iso&gt;.txt</c> holding only the phrase through the one private-file writer
/// (0600 from the start, a temp file renamed into place, never replacing an existing file).
/// </summary>
internal static class PassphraseDownload
{
    public static string Save(string folder, string accessName, DateTimeOffset time, ReadOnlySpan<byte> phrase)
    {
        using var file = new BundleFile(BundleFileNames.PassphraseFileName(accessName, time), phrase.ToArray());
        return PrivateFiles.WriteAll(Path.GetFullPath(folder), [file], replaceExisting: false)[0];
    }
}
