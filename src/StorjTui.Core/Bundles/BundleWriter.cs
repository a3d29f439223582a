using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>
/// "Download all": saves a <see cref="CredentialBundle"/> into a folder, each file private (0600) from the
/// moment it exists, written atomically, never replacing a file unless asked. Failures are
/// <see cref="BundleWriteException"/>s with nothing partial left behind.
/// </summary>
public static class BundleWriter
{
    /// <summary>
    /// Writes the bundle into <paramref name="folder"/> (an absolute or relative path; expand <c>~</c> with
    /// <see cref="UserPaths.Expand"/> first).
    /// </summary>
    public static BundleWriteResult DownloadAll(CredentialBundle bundle, string folder, BundleWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        options ??= new BundleWriteOptions();
        var fullFolder = Path.GetFullPath(folder);
        var formats = (options.Formats ?? bundle.ReadyFormats).Distinct().ToList();
        var createdFolder = PrivateFiles.EnsureFolder(fullFolder, options.CreateFolder);

        var files = new List<BundleFile>();
        try
        {
            foreach (var format in formats)
            {
                files.AddRange(bundle.Render(format));
            }

            if (options.GeneratedPassphrase is { } passphrase)
            {
                files.Add(bundle.RenderPassphrase(passphrase));
            }

            var stale = PrivateFiles.StaleTempWarnings(fullFolder);
            var written = PrivateFiles.WriteAll(fullFolder, files, options.ReplaceExisting, options.BeforeRename);
            var warning = PrivateFiles.SharedFolderWarning(fullFolder);
            return new BundleWriteResult(written, createdFolder, [.. stale, .. warning is null ? Array.Empty<string>() : [warning]]);
        }
        catch (BundleWriteException) when (createdFolder)
        {
            TryRemoveEmptyFolder(fullFolder);
            throw;
        }
        finally
        {
            foreach (var file in files)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>
    /// Checks, before anything is created, that a bundle for an access named <paramref name="accessName"/> could be
    /// saved in <paramref name="folder"/>: the folder is (or can be made) a folder, a test file can be written and
    /// removed there, enough space is free, and the file names fit. Throws <see cref="BundleWriteException"/>
    /// naming the folder and what to do; leaves nothing behind.
    /// </summary>
    public static void CheckTarget(string folder, AccessType type, string accessName, DateTimeOffset now, bool createFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(accessName);
        var fullFolder = Path.GetFullPath(folder);
        string[] names = [.. BundleFileNames.Extensions.Select(e => BundleFileNames.BaseName(type, accessName, now) + e), BundleFileNames.PassphraseFileName(accessName, now)];
        PrivateFiles.CheckTarget(fullFolder, createFolder, names);
    }

    /// <summary>Names of the files <see cref="DownloadAll"/> would write, to show before writing.</summary>
    public static IReadOnlyList<string> PlannedFileNames(CredentialBundle bundle, BundleWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        options ??= new BundleWriteOptions();
        var names = new List<string>();
        foreach (var format in (options.Formats ?? bundle.ReadyFormats).Distinct())
        {
            foreach (var file in bundle.Render(format))
            {
                names.Add(file.FileName);
                file.Dispose();
            }
        }

        if (options.GeneratedPassphrase is not null)
        {
            names.Add(BundleFileNames.PassphraseFileName(bundle.Access.Name, bundle.Access.CreatedAt));
        }

        return names;
    }

    private static void TryRemoveEmptyFolder(string folder)
    {
        try
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write error is what matters; an empty folder we made is harmless.
        }
    }
}
