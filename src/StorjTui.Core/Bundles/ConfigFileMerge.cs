using System.Globalization;
using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Input;

namespace StorjTui.Core.Bundles;

/// <summary>
/// "Merge into my config": adds (or replaces) the access as a profile in <c>~/.aws/credentials</c> +
/// <c>~/.aws/config</c>, as a remote in <c>~/.config/rclone/rclone.conf</c>, or (an access grant) as a saved access
/// in uplink's <c>~/.config/storj/uplink/access.json</c>. The previous file is kept as
/// <c>&lt;file&gt;.bak-&lt;UTC stamp&gt;</c>, the rest of the file is preserved byte for byte, files are 0600.
/// The home folder is a parameter so tests can use a temp folder.
/// </summary>
public sealed class ConfigFileMerge
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly TimeProvider _clock;

    /// <summary>Uses <paramref name="clock"/> (default: system clock) for backup names.</summary>
    public ConfigFileMerge(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    /// <summary>Adds or replaces the aws CLI profile named <see cref="CredentialBundle.ProfileName"/>.</summary>
    public ConfigMergeResult MergeIntoAws(CredentialBundle bundle, string homeFolder)
    {
        RequireS3(bundle);
        // Both sections first: a value refused for one file must leave the other file (and the folder) untouched too.
        var credentialsSection = AwsProfile.CredentialsSection(bundle);
        var configSection = AwsProfile.ConfigSection(bundle);
        var folder = Path.Join(Path.GetFullPath(homeFolder), ".aws");
        PrivateFiles.EnsureFolder(folder, create: true);
        var profile = bundle.ProfileName;
        var credentials = Merge(folder, "credentials", name => name == profile, credentialsSection);
        var config = Merge(folder, "config", name => IsConfigProfile(name, profile), configSection);
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
        var folder = Path.Join(Path.GetFullPath(homeFolder), ".config", "rclone");
        PrivateFiles.EnsureFolder(folder, create: true);
        var remote = bundle.ProfileName;
        var result = Merge(folder, "rclone.conf", name => name == remote, section);
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
        var folder = Path.Join(Path.GetFullPath(homeFolder), ".config", "storj", "uplink");
        PrivateFiles.EnsureFolder(folder, create: true);
        var name = bundle.ProfileName;
        var result = Merge(folder, "access.json", UplinkAccessFile.Upsert(null, Path.Join(folder, "access.json"), name, grant, makeDefault).Json,
            (text, path) => UplinkAccessFile.Upsert(text, path, name, grant, makeDefault));
        return new ConfigMergeResult(name, [result.File], result.Backup is null ? [] : [result.Backup], result.Replaced);
    }

    private (string File, string? Backup, bool Replaced) Merge(string folder, string fileName, Func<string, bool> isTarget, string section) =>
        Merge(folder, fileName, section, (text, _) => IniSections.Upsert(text, isTarget, section));

    /// <summary>Writes <paramref name="fresh"/> as a new file, or <paramref name="update"/> of the existing text after a backup.</summary>
    private (string File, string? Backup, bool Replaced) Merge(string folder, string fileName, string fresh, Func<string, string, (string Text, bool Replaced)> update)
    {
        var path = Path.Join(folder, fileName);
        // A symlinked config (dotfile managers) is merged where it points, so the link survives.
        if (File.Exists(path) && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target)
        {
            path = target.FullName;
            folder = Path.GetDirectoryName(path)!;
            fileName = Path.GetFileName(path);
        }

        if (Directory.Exists(path))
        {
            throw new BundleWriteException(BundleWriteFailure.TargetIsAFolder, $"{path} is a folder, not a config file. Move it away and try again.");
        }

        if (!File.Exists(path))
        {
            using var created = new BundleFile(fileName, StrictUtf8.GetBytes(fresh));
            PrivateFiles.WriteAll(folder, [created], replaceExisting: false);
            return (path, null, false);
        }

        byte[] original;
        string text;
        try
        {
            original = BoundedReader.ReadFile(path, BoundedReader.SettingsBytes, path);
            text = StrictUtf8.GetString(original);
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

        var (merged, replaced) = update(text, path);
        var backupName = $"{fileName}.bak-{_clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}";
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

    /// <summary>The config file names profiles <c>[profile x]</c> (any spacing); plain <c>[x]</c> is only valid for default.</summary>
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
