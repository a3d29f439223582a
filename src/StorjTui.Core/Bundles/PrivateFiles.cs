using System.Security.Cryptography;
using System.Text;
using StorjTui.Core.Processes;

namespace StorjTui.Core.Bundles;

/// <summary>
/// The one writer of private files (0600 from the moment they exist, folders it creates 0700), in three modes:
/// <list type="bullet">
/// <item><see cref="WriteAll"/> without replace — create new, never overwrite (bundles, passphrase downloads);</item>
/// <item><see cref="Replace(string, string)"/> (and <see cref="WriteAll"/> with replace) — atomic replace: a temp
/// file in the same folder, flushed to disk, renamed over the old one, so a crash leaves the old file or the new one
/// (session token, pending records, sandbox state, last connection, config merges);</item>
/// <item><see cref="OpenAppend"/> — append (the log file).</item>
/// </list>
/// Failures are <see cref="BundleWriteException"/>s whose message names the folder and what to do (never content);
/// on failure the temp files (and files this call placed) are removed.
/// </summary>
public static class PrivateFiles
{
    /// <summary>Temp files are <c>.storj-tui-&lt;pid&gt;-&lt;random&gt;.tmp</c>, so a later run can spot a killed run's leftovers.</summary>
    public const string TempPrefix = ".storj-tui-";

    /// <summary>The temp files' suffix (see <see cref="TempPrefix"/>).</summary>
    public const string TempSuffix = ".tmp";

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Makes sure <paramref name="folder"/> exists; returns true when this call created it (0700).</summary>
    public static bool EnsureFolder(string folder, bool create)
    {
        if (Directory.Exists(folder))
        {
            return false;
        }

        for (var ancestor = folder; !string.IsNullOrEmpty(ancestor); ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                throw new BundleWriteException(
                    BundleWriteFailure.FolderIsAFile,
                    $"{ancestor} is a file, not a folder. Choose another folder, or move that file away.");
            }

            if (Directory.Exists(ancestor))
            {
                break;
            }
        }

        if (!create)
        {
            throw new BundleWriteException(BundleWriteFailure.FolderMissing, $"The folder {folder} does not exist. Create it, or choose another folder.");
        }

        try
        {
            PrivateFolders.CreateMissing(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Explain(e, folder);
        }
    }

    /// <summary>Less free space than this is "full": a bundle is a few KiB, and a nearly full disk fails halfway.</summary>
    public const long MinimumFreeBytes = 1024 * 1024;

    /// <summary>The longest path Linux accepts (PATH_MAX, bytes including the terminating zero).</summary>
    private const int MaxPathBytes = 4096;

    /// <summary>
    /// The checks of <see cref="BundleWriter.CheckTarget"/>: finds the folder or the nearest existing folder above it
    /// (refusing a file on the way), writes and removes a probe file there, checks the free space and the names.
    /// </summary>
    public static void CheckTarget(string folder, bool createFolder, IReadOnlyList<string> fileNames)
    {
        var existing = folder;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new BundleWriteException(
                    BundleWriteFailure.FolderIsAFile,
                    $"{existing} is a file, not a folder. Choose another folder, or move that file away; nothing was created.");
            }

            existing = Path.GetDirectoryName(existing) ?? throw new BundleWriteException(BundleWriteFailure.Other, $"{folder} has no existing folder above it; nothing was created.");
        }

        if (existing != folder && !createFolder)
        {
            throw new BundleWriteException(BundleWriteFailure.FolderMissing, $"The folder {folder} does not exist. Create it, or choose another folder; nothing was created.");
        }

        foreach (var name in fileNames)
        {
            if (name.Contains('/', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(name) > BundleFileNames.MaxFileNameBytes)
            {
                throw new BundleWriteException(BundleWriteFailure.BadName, $"\"{name}\" cannot be a file name (too long or contains a slash); nothing was created.");
            }

            if (Encoding.UTF8.GetByteCount(Path.Join(folder, name)) >= MaxPathBytes)
            {
                throw new BundleWriteException(BundleWriteFailure.BadName, $"The path of the bundle in {folder} would be too long. Choose a shorter folder path; nothing was created.");
            }
        }

        ProbeWrite(existing);
        var free = FreeBytes(existing);
        if (free is { } bytes && bytes < MinimumFreeBytes)
        {
            throw new BundleWriteException(
                BundleWriteFailure.DiskFull,
                $"There is no space left for {folder} ({bytes / 1024} KiB free, at least {MinimumFreeBytes / 1024} KiB needed). Free some space or choose another folder; nothing was created.");
        }
    }

    /// <summary>Creates, fills, flushes and removes a small private file, so "cannot write here" shows before anything exists.</summary>
    private static void ProbeWrite(string folder)
    {
        // Not the temp-file pattern: a probe left by a kill holds nothing and must not be reported as credentials.
        var probe = Path.Join(folder, $"{TempPrefix}{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.probe");
        try
        {
            WriteTempAt(probe, new byte[4096]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Explain(e, folder);
        }
        finally
        {
            TryDelete(probe);
        }
    }

    private static long? FreeBytes(string folder)
    {
        try
        {
            return new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null; // cannot tell: the write itself still reports a full disk
        }
    }

    /// <summary>A warning when another user owns <paramref name="folder"/> or others may write into it, else null.</summary>
    public static string? SharedFolderWarning(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        // A folder's owner may always delete or rename what is in it, sticky bit or not.
        if (FolderOwner.OtherUser(folder) is { } owner)
        {
            return $"{folder} belongs to another user (uid {owner}): they cannot read these files, but could delete or replace them. A folder you own is safer.";
        }

        var mode = File.GetUnixFileMode(folder);
        if ((mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            return null;
        }

        // With the sticky bit (like /tmp) others cannot delete or rename files they do not own.
        return (mode & UnixFileMode.StickyBit) != 0
            ? $"{folder} is shared with other users (sticky bit set): they cannot read, delete or replace these files, but can see their names and put files beside them. A folder only you can write to is safer."
            : $"{folder} is writable by other users: they cannot read these files, but could delete or replace them. A folder only you can write to is safer.";
    }

    /// <summary>
    /// Writes every file into <paramref name="folder"/> (which must exist), all or nothing; an existing file is a
    /// <see cref="BundleWriteFailure.FileExists"/> error unless <paramref name="replaceExisting"/>.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(string folder, IReadOnlyList<BundleFile> files, bool replaceExisting) =>
        WriteAll(folder, files, replaceExisting, beforeRename: null);

    /// <summary>
    /// <see cref="WriteAll(string, IReadOnlyList{BundleFile}, bool)"/> with a test seam: <paramref name="beforeRename"/>
    /// is called with the temp files' paths after they are written and before they are renamed, so a test can kill
    /// the writer at that moment. Only tests pass one (through <see cref="BundleWriteOptions"/>); nothing in the app
    /// does and no environment variable or setting reaches it.
    /// </summary>
    internal static IReadOnlyList<string> WriteAll(string folder, IReadOnlyList<BundleFile> files, bool replaceExisting, Action<IReadOnlyList<string>>? beforeRename)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(files);
        var targets = new List<string>(files.Count);
        var existing = new List<string>();
        foreach (var file in files)
        {
            var target = Path.Join(folder, file.FileName);
            if (file.FileName.Contains('/', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(file.FileName) > BundleFileNames.MaxFileNameBytes)
            {
                throw new BundleWriteException(
                    BundleWriteFailure.BadName,
                    $"\"{file.FileName}\" cannot be a file name here (too long or contains a slash). Use a shorter access name.");
            }

            if (Directory.Exists(target))
            {
                throw new BundleWriteException(BundleWriteFailure.TargetIsAFolder, $"{target} is a folder. Move it away or choose another folder.");
            }

            if (File.Exists(target) || new FileInfo(target).LinkTarget is not null)
            {
                existing.Add(target);
            }

            targets.Add(target);
        }

        if (existing.Count > 0 && !replaceExisting)
        {
            throw new BundleWriteException(
                BundleWriteFailure.FileExists,
                existing.Count == 1
                    ? $"{Path.GetFileName(existing[0])} already exists in {folder}. Replace it, or choose another folder."
                    : $"{string.Join(", ", existing.Select(Path.GetFileName))} already exist in {folder}. Replace them, or choose another folder.",
                existingFiles: existing);
        }

        var temps = new List<string?>(files.Count);
        var placed = new List<string>();
        try
        {
            foreach (var file in files)
            {
                temps.Add(WriteTemp(folder, file.Content));
            }

            beforeRename?.Invoke(temps.OfType<string>().ToList());
            for (var i = 0; i < files.Count; i++)
            {
                var existed = File.Exists(targets[i]);
                // Without replace, File.Move refuses to overwrite atomically (link/unlink), so a file that appeared
                // meanwhile is never clobbered.
                File.Move(temps[i]!, targets[i], overwrite: replaceExisting);
                temps[i] = null;
                if (!existed)
                {
                    placed.Add(targets[i]);
                }
            }

            return targets;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var path in temps.OfType<string>().Concat(placed))
            {
                TryDelete(path);
            }

            throw Explain(e, folder);
        }
    }

    /// <summary>
    /// Replaces the app-owned file <paramref name="path"/> atomically with <paramref name="text"/> (UTF-8). Its folder is
    /// created (0700, every missing level) or narrowed to 0700 (<see cref="PrivateFolders.Secure"/>). The file is 0600;
    /// a crash leaves the old file or the new one.
    /// </summary>
    /// <exception cref="BundleWriteException">The file cannot be written; the message names its folder.</exception>
    public static void Replace(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            Replace(path, bytes);
        }
        finally
        {
            // The text may be a session token; its bytes need not linger.
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Replaces <paramref name="path"/> atomically with <paramref name="content"/> (see <see cref="Replace(string, string)"/>).</summary>
    /// <exception cref="BundleWriteException">The file cannot be written; the message names its folder.</exception>
    public static void Replace(string path, byte[] content)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(content);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new BundleWriteException(BundleWriteFailure.BadName, $"{path} is not a file path; nothing was saved.");
        SecureFolder(folder);
        // The bytes stay the caller's: WriteAll's BundleFile is not disposed here.
        WriteAll(folder, [new BundleFile(Path.GetFileName(full), content)], replaceExisting: true);
    }

    /// <summary>
    /// Opens <paramref name="path"/> for appending, creating it 0600 (and its folder 0700) when missing; a file made
    /// earlier (or by hand) with looser permissions is narrowed to 0600 through the open handle. Others may read
    /// it while it is open (<c>tail -f</c>).
    /// </summary>
    /// <exception cref="BundleWriteException">The file cannot be opened; the message names its folder.</exception>
    public static FileStream OpenAppend(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new BundleWriteException(BundleWriteFailure.BadName, $"{path} is not a file path.");
        SecureFolder(folder);
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(full, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Explain(e, folder);
        }

        NarrowToOwner(stream);
        return stream;
    }

    /// <summary><see cref="PrivateFolders.Secure"/> with its errors explained (a file in the way, no permission).</summary>
    public static void SecureFolder(string folder)
    {
        EnsureFolder(folder, create: true);
        try
        {
            PrivateFolders.Secure(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Explain(e, folder);
        }
    }

    /// <summary>
    /// Creates <paramref name="path"/> 0600 for streaming into it (never an existing file, unbuffered so a full disk
    /// fails in Write, not later in Dispose). The create-new mode's open, for writers that stream (the sandbox's object
    /// bodies); errors are FileStream's own, since those callers answer them in their protocol's words.
    /// </summary>
    public static FileStream OpenNew(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return new FileStream(path, options);
    }

    private static void NarrowToOwner(FileStream stream)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            if (File.GetUnixFileMode(stream.SafeFileHandle) != OwnerOnlyFile)
            {
                File.SetUnixFileMode(stream.SafeFileHandle, OwnerOnlyFile);
            }
        }
        catch (UnauthorizedAccessException)
        {
            // Another user's file (we may append but not chmod): what is written still passes the caller's filters.
        }
    }

    /// <summary>
    /// Warnings naming the temp files that writers which no longer run left in <paramref name="folder"/> (killed
    /// between writing and renaming). Such a file may hold the only copy of credentials, so it is reported — by path,
    /// never by content — and never deleted. A live writer's file (its pid runs) and files this user cannot read
    /// (another user's) are left out.
    /// </summary>
    public static IReadOnlyList<string> StaleTempWarnings(string folder)
    {
        var warnings = new List<string>();
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, TempPrefix + "*" + TempSuffix).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                var pidText = name[TempPrefix.Length..].Split('-')[0];
                if (int.TryParse(pidText, out var pid) && pid != Environment.ProcessId && !RunningProcess.IsRunning(pid) && CanRead(path))
                {
                    warnings.Add($"{path} was left by an earlier save that was cut off before it finished (process {pid} is gone). " +
                        "It may hold the only copy of those credentials: look at it, keep what you need, then delete it.");
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder fails later with a clear message; this report is best effort.
        }

        return warnings;
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string WriteTemp(string folder, byte[] content) =>
        WriteTempAt(Path.Join(folder, $"{TempPrefix}{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}{TempSuffix}"), content);

    /// <summary>Creates <paramref name="temp"/> 0600 (never an existing file), writes and flushes it to disk.</summary>
    private static string WriteTempAt(string temp, byte[] content)
    {
        var created = false;
        try
        {
            using var stream = OpenNew(temp);
            created = true;
            stream.Write(content);
            stream.Flush(flushToDisk: true);
            return temp;
        }
        catch
        {
            if (created)
            {
                TryDelete(temp);
            }

            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the next save reports the file by path.
        }
    }

    /// <summary>Turns an I/O error into a message a person can act on (paths only, never content).</summary>
    private static BundleWriteException Explain(Exception error, string folder)
    {
        const int ENOTDIR = 20, EISDIR = 21, ENOSPC = 28, EROFS = 30, ENAMETOOLONG = 36, EDQUOT = 122, EEXIST = 17;
        return error switch
        {
            BundleWriteException known => known,
            UnauthorizedAccessException => new BundleWriteException(
                BundleWriteFailure.NotWritable,
                $"You do not have permission to write in {folder}. Choose a folder you own (for example your home folder) or ask its owner for write access; nothing was saved.",
                error),
            IOException io when !OperatingSystem.IsWindows() => io.HResult switch
            {
                ENOSPC or EDQUOT => new BundleWriteException(
                    BundleWriteFailure.DiskFull,
                    $"There is no space left for {folder}. Free some space or choose another folder; nothing was saved.",
                    error),
                EROFS => new BundleWriteException(
                    BundleWriteFailure.NotWritable,
                    $"{folder} is on a read-only file system. Choose another folder; nothing was saved.",
                    error),
                ENAMETOOLONG => new BundleWriteException(
                    BundleWriteFailure.BadName,
                    $"The file name is too long for {folder}. Use a shorter access name or folder path; nothing was saved.",
                    error),
                ENOTDIR => new BundleWriteException(
                    BundleWriteFailure.FolderIsAFile,
                    $"Part of {folder} is a file, not a folder. Choose another folder; nothing was saved.",
                    error),
                EISDIR => new BundleWriteException(
                    BundleWriteFailure.TargetIsAFolder,
                    $"A folder in {folder} has the name a bundle file needs. Move it away; nothing was saved.",
                    error),
                EEXIST => new BundleWriteException(
                    BundleWriteFailure.FileExists,
                    $"A file appeared in {folder} while saving. Try again and choose whether to replace it; nothing was saved.",
                    error),
                _ => Other(io, folder),
            },
            _ => Other(error, folder),
        };
    }

    private static BundleWriteException Other(Exception error, string folder) =>
        new(BundleWriteFailure.Other, $"Could not write in {folder} ({error.GetType().Name}: {error.Message}). Check the folder and try again; nothing was saved.", error);
}
