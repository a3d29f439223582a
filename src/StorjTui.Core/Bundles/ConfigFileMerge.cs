using System.Globalization;
using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Input;

namespace StorjTui.Core.Bundles;

/// <summary>
/// "Merge into my config": adds (or replaces) the access as a profile in the aws CLI's credentials + config files,
/// as a remote in rclone's <c>rclone.conf</c>, or (an access grant) as a saved access in uplink's <c>access.json</c> —
/// the files the tool really reads (<see cref="ConfigFileLocations"/>: <c>~/.aws/…</c>, <c>~/.config/…</c> unless the
/// tool's own variables say otherwise). The previous file is kept as <c>&lt;file&gt;.bak-&lt;UTC stamp&gt;</c>, the rest
/// of the file is preserved byte for byte, files are 0600. The home folder is a parameter so tests can use a temp folder.
/// </summary>
public sealed class ConfigFileMerge
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly TimeProvider _clock;
    private readonly Func<string, string?> _environment;
    private readonly string? _workingFolder;

    /// <summary>
    /// Uses <paramref name="clock"/> (default: system clock) for backup names, and <paramref name="environment"/>
    /// (default: no variable set) and <paramref name="workingFolder"/> (default: the current folder) to find the files
    /// the tools read.
    /// </summary>
    public ConfigFileMerge(TimeProvider? clock = null, Func<string, string?>? environment = null, string? workingFolder = null)
    {
        _clock = clock ?? TimeProvider.System;
        _environment = environment ?? (_ => null);
        _workingFolder = workingFolder;
    }

    /// <summary>The kind of access <paramref name="target"/> takes: S3 credentials for aws and rclone, an access grant for uplink.</summary>
    public static AccessType AccessTypeOf(ConfigMergeTarget target) =>
        target is ConfigMergeTarget.Aws or ConfigMergeTarget.Rclone ? AccessType.S3Credentials : AccessType.AccessGrant;

    /// <summary>The config files <paramref name="target"/> writes: the ones its tool reads (before symlinks are followed).</summary>
    public IReadOnlyList<string> FilesOf(ConfigMergeTarget target, string homeFolder) =>
        ConfigFileLocations.FilesOf(target, homeFolder, _environment, _workingFolder);

    /// <summary>
    /// Checks, before anything is created, that a merge into <paramref name="target"/> could be done: each file is
    /// not a folder, and when it exists it is readable UTF-8 (uplink's in its layout); its folder is, or can be made,
    /// a folder with room for the file and its backup. Throws <see cref="BundleWriteException"/> naming the file;
    /// leaves nothing behind.
    /// </summary>
    public void CheckTarget(ConfigMergeTarget target, string homeFolder)
    {
        foreach (var file in DistinctFilesOf(target, homeFolder))
        {
            var path = Resolve(file);
            if (File.Exists(path))
            {
                var (_, text) = ReadText(path);
                if (AccessTypeOf(target) == AccessType.AccessGrant)
                {
                    UplinkAccessFile.Upsert(text, path, "check", "check", makeDefault: false);
                }
            }

            PrivateFiles.CheckTarget(Path.GetDirectoryName(path)!, createFolder: true, [Path.GetFileName(path), BackupName(Path.GetFileName(path))]);
        }
    }

    /// <summary>Merges <paramref name="bundle"/> into <paramref name="target"/>; see the MergeInto… methods.</summary>
    public ConfigMergeResult MergeInto(ConfigMergeTarget target, CredentialBundle bundle, string homeFolder) => target switch
    {
        ConfigMergeTarget.Aws => MergeIntoAws(bundle, homeFolder),
        ConfigMergeTarget.Rclone => MergeIntoRclone(bundle, homeFolder),
        _ => MergeIntoUplink(bundle, homeFolder, makeDefault: target == ConfigMergeTarget.UplinkDefault),
    };

    /// <summary>Adds or replaces the aws CLI profile named <see cref="CredentialBundle.ProfileName"/>.</summary>
    public ConfigMergeResult MergeIntoAws(CredentialBundle bundle, string homeFolder)
    {
        RequireS3(bundle);
        // Both sections first: a value refused for one file must leave the other file (and the folder) untouched too.
        var credentialsSection = AwsProfile.CredentialsSection(bundle);
        var configSection = AwsProfile.ConfigSection(bundle);
        var files = Prepare(ConfigMergeTarget.Aws, homeFolder);
        var profile = bundle.ProfileName;
        var credentials = Merge(files[0], name => name == profile, credentialsSection);
        var config = Merge(files[1], name => IsConfigProfile(name, profile), configSection);
        return new ConfigMergeResult(
            profile,
            [credentials.File, config.File],
            new[] { credentials.Backup, config.Backup }.OfType<string>().ToList(),
            credentials.Replaced || config.Replaced);
    }

    /// <summary>Adds or replaces the rclone remote named <see cref="CredentialBundle.ProfileName"/>.</summary>
    public ConfigMergeResult MergeIntoRclone(CredentialBundle bundle, string homeFolder)
    {
        RequireS3(bundle);
        var section = RcloneRemote.Section(bundle);
        var file = Prepare(ConfigMergeTarget.Rclone, homeFolder)[0];
        var remote = bundle.ProfileName;
        var result = Merge(file, name => name == remote, section);
        return new ConfigMergeResult(remote, [result.File], result.Backup is null ? [] : [result.Backup], result.Replaced);
    }

    /// <summary>
    /// Saves an access grant in uplink's <c>~/.config/storj/uplink/access.json</c> as <see cref="CredentialBundle.ProfileName"/>
    /// (replacing one of that name), and makes it uplink's default when <paramref name="makeDefault"/> or when there is none.
    /// </summary>
    public ConfigMergeResult MergeIntoUplink(CredentialBundle bundle, string homeFolder, bool makeDefault = false)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (bundle.Access.Type != AccessType.AccessGrant)
        {
            throw new NotSupportedException("Only an access grant can be merged into uplink's access.json.");
        }

        var grant = UplinkAccessFile.Grant(bundle.Access);
        var file = Prepare(ConfigMergeTarget.Uplink, homeFolder)[0];
        var name = bundle.ProfileName;
        var result = Merge(file, UplinkAccessFile.Upsert(null, file, name, grant, makeDefault).Json,
            (text, path) => UplinkAccessFile.Upsert(text, path, name, grant, makeDefault));
        return new ConfigMergeResult(name, [result.File], result.Backup is null ? [] : [result.Backup], result.Replaced);
    }

    /// <summary>The files <paramref name="target"/> writes, each folder made (0700) before any file is touched.</summary>
    private IReadOnlyList<string> Prepare(ConfigMergeTarget target, string homeFolder)
    {
        var files = DistinctFilesOf(target, homeFolder);
        foreach (var file in files)
        {
            PrivateFiles.EnsureFolder(Path.GetDirectoryName(file)!, create: true);
        }

        return files;
    }

    /// <summary>
    /// <see cref="FilesOf"/>, refusing the aws CLI's two variables naming one file: its credentials and config sections
    /// would be merged into it twice, the second time over the first one's backup.
    /// </summary>
    private IReadOnlyList<string> DistinctFilesOf(ConfigMergeTarget target, string homeFolder)
    {
        var files = FilesOf(target, homeFolder);
        return files.Distinct().Count() == files.Count
            ? files
            : throw new BundleWriteException(BundleWriteFailure.Other,
                $"AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE both name {files[0]}: point them at two files, or add the profile by hand from a downloaded aws bundle.");
    }

    private (string File, string? Backup, bool Replaced) Merge(string file, Func<string, bool> isTarget, string section) =>
        Merge(file, section, (text, _) => IniSections.Upsert(text, isTarget, section));

    /// <summary>Writes <paramref name="fresh"/> as a new file, or <paramref name="update"/> of the existing text after a backup.</summary>
    private (string File, string? Backup, bool Replaced) Merge(string file, string fresh, Func<string, string, (string Text, bool Replaced)> update)
    {
        var path = Resolve(file);
        var folder = Path.GetDirectoryName(path)!;
        var fileName = Path.GetFileName(path);

        if (!File.Exists(path))
        {
            using var created = new BundleFile(fileName, StrictUtf8.GetBytes(fresh));
            PrivateFiles.WriteAll(folder, [created], replaceExisting: false);
            return (path, null, false);
        }

        var (original, text) = ReadText(path);
        var (merged, replaced) = update(text, path);
        var backupName = BackupName(fileName);
        using (var backup = new BundleFile(backupName, original))
        {
            PrivateFiles.WriteAll(folder, [backup], replaceExisting: false);
        }

        using (var updated = new BundleFile(fileName, StrictUtf8.GetBytes(merged)))
        {
            PrivateFiles.WriteAll(folder, [updated], replaceExisting: true);
        }

        return (path, Path.Join(folder, backupName), replaced);
    }

    private string BackupName(string fileName) =>
        $"{fileName}.bak-{_clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The file to write for <paramref name="path"/>: a symlinked config (dotfile managers) is merged where it points,
    /// so the link survives. A folder in its place is refused.
    /// </summary>
    private static string Resolve(string path)
    {
        if (File.Exists(path) && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target)
        {
            path = target.FullName;
        }

        return Directory.Exists(path)
            ? throw new BundleWriteException(BundleWriteFailure.TargetIsAFolder, $"{path} is a folder, not a config file. Move it away and try again.")
            : path;
    }

    private static (byte[] Bytes, string Text) ReadText(string path)
    {
        try
        {
            var bytes = BoundedReader.ReadFile(path, BoundedReader.SettingsBytes, path);
            return (bytes, StrictUtf8.GetString(bytes));
        }
        catch (InputTooLargeException e)
        {
            throw new BundleWriteException(BundleWriteFailure.Other, $"{e.Message}, so it was left untouched. Add the profile by hand from the downloaded files.", e);
        }
        catch (DecoderFallbackException e)
        {
            throw new BundleWriteException(BundleWriteFailure.Other, $"{path} is not UTF-8 text, so it was left untouched. Add the profile by hand from the downloaded files.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new BundleWriteException(BundleWriteFailure.NotWritable, $"You cannot read {path}. Fix its permissions and try again.", e);
        }
    }

    /// <summary>The config files names profiles <c>[profile x]</c> (any spacing); plain <c>[x]</c> is only valid for default.</summary>
    private static bool IsConfigProfile(string header, string profile)
    {
        var parts = header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[0] == "profile" && parts[1] == profile;
    }

    private static void RequireS3(CredentialBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (bundle.Access.Type != AccessType.S3Credentials)
        {
            throw new NotSupportedException("Only S3 credentials can be merged into aws CLI or rclone configuration.");
        }
    }
}
