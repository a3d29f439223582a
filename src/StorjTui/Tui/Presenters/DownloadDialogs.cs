using Microsoft.Extensions.Logging;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Core.Flow;
using StorjTui.Core.Input;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// Download all (result screen) and Download (generated-passphrase screen): asks where, writes, and shows the full path
/// of every file written. Remembers the last folder and format (in the state folder, beside the Connect screen's
/// memory), so the next download opens there, in this run and the next.
/// </summary>
internal sealed class DownloadDialogs
{
    private readonly AppShell _shell;
    private readonly TuiEnvironment _env;
    private readonly ILogger _log;
    private readonly LastDownload _memory;

    /// <summary>The folder as typed last time (e.g. <c>~/keys</c>), offered next time.</summary>
    private string? _lastFolder;

    /// <summary>Git checkouts the user chose to save into this session (asked once each).</summary>
    private readonly HashSet<string> _checkoutsAllowed = new(StringComparer.Ordinal);

    /// <summary>The Download all format chosen last time (its label).</summary>
    private string? _lastChoice;

    public DownloadDialogs(AppShell shell, TuiEnvironment env, ILogger log)
    {
        _shell = shell;
        _env = env;
        _log = log;
        _memory = new LastDownload(env.LastConnectionFile is { } connect ? Path.Join(Path.GetDirectoryName(connect), "last-download") : null);
        (_lastFolder, _lastChoice) = _memory.Load();
    }

    /// <param name="delivered">Told which values the write saved (the result screen's "saved" tracking).</param>
    public void ShowDownloadAll(ResultScreen screen, Action<IReadOnlyList<ResultRow>> delivered)
    {
        if (screen.Created.LacksS3Endpoint)
        {
            _shell.SetNotice("Nothing to download without an S3 endpoint: copy the keys instead.");
            return;
        }

        var overlay = new DownloadOverlay(CredentialBundle.From(screen.Created), _lastFolder ?? _env.WorkingFolder,
            MergeFiles(_env.HomeFolder, _env.Variables, _env.WorkingFolder), _lastChoice, screen.Passphrase is not null);
        overlay.SaveRequested += (_, _) => SaveAll(screen, overlay, delivered, replace: false);
        overlay.Cancelled += (_, _) => _shell.CloseOverlay();
        _shell.ShowOverlay(overlay);
    }

    internal const string KeptNotice = "Kept the existing files: nothing was saved.";

    /// <summary>The files each merge writes, as the merge itself works them out, with <c>~</c> for home: what the choices show.</summary>
    public static Func<ConfigMergeTarget, IReadOnlyList<string>> MergeFiles(string homeFolder, Func<string, string?>? variables, string workingFolder)
    {
        var merge = new ConfigFileMerge(environment: variables, workingFolder: workingFolder);
        return target =>
        {
            try
            {
                return merge.FilesOf(target, homeFolder).Select(f => UserPaths.Abbreviate(f, homeFolder)).ToList();
            }
            catch (BundleWriteException)
            {
                // No home folder: the choice stays, and saving it says why it cannot.
                return ["the tool's file (HOME is not set)"];
            }
        };
    }

    public void ShowPassphraseDownload(CreateAccessFlow flow, GeneratedPassphraseScreen screen)
    {
        // One time for the name shown and the name written.
        DateTimeOffset now = _env.Services.Clock.GetUtcNow();
        var overlay = new PassphraseDownloadOverlay(_lastFolder ?? _env.WorkingFolder, BundleFileNames.PassphraseFileName(flow.Draft.Name, now));
        overlay.SaveRequested += (_, _) => SavePassphrase(flow, screen, overlay, now);
        overlay.Cancelled += (_, _) => _shell.CloseOverlay();
        _shell.ShowOverlay(overlay);
    }

    private void SaveAll(ResultScreen screen, DownloadOverlay overlay, Action<IReadOnlyList<ResultRow>> delivered, bool replace)
    {
        DownloadChoice choice = overlay.Choice;
        byte[]? passphrase = null;
        try
        {
            CredentialBundle bundle = overlay.ChosenBundle();
            // The files go into the typed folder; a merge writes the tools' own files instead.
            string? folder = choice.Merge == DownloadMerge.None ? FullFolder(overlay.Folder) : null;
            if (folder is not null && AskedAboutCheckout(folder, () => SaveAll(screen, overlay, delivered, replace)))
            {
                return;
            }

            passphrase = overlay.SavesPassphrase ? screen.Passphrase!.Copy() : null;
            var merge = new ConfigFileMerge(_env.Services.Clock, _env.Variables, _env.WorkingFolder);
            SavedFiles saved = choice.Merge switch
            {
                DownloadMerge.AwsConfig => Merged(merge.MergeIntoAws(bundle, _env.HomeFolder)),
                DownloadMerge.RcloneConfig => Merged(merge.MergeIntoRclone(bundle, _env.HomeFolder)),
                DownloadMerge.UplinkConfig or DownloadMerge.UplinkConfigAsDefault =>
                    Merged(merge.MergeIntoUplink(bundle, _env.HomeFolder, choice.Merge == DownloadMerge.UplinkConfigAsDefault)),
                _ => Written(bundle, choice.Format!.Value, folder!, replace, passphrase),
            };
            Remember(overlay.Folder, choice.Label);
            _log.Saved(saved.Files.Count);
            _shell.CloseOverlay();
            delivered(screen.RowsSavedBy(passphrase is not null));
            screen.ShowSaved(saved.Describe());
            _shell.SetNotice(saved.Notice);
        }
        catch (BundleWriteException e) when (e.Failure == BundleWriteFailure.FileExists && !replace)
        {
            _shell.CloseOverlay();
            _shell.Confirm("Replace?", e.Message, "_Replace", "_Keep", yes =>
            {
                if (yes)
                {
                    _shell.ShowOverlay(overlay);
                    SaveAll(screen, overlay, delivered, replace: true);
                }
                else
                {
                    // An earlier save's "Saved" notice must not read as this one's.
                    _shell.SetNotice(KeptNotice);
                }
            }, noIsDefault: true);
        }
        catch (BundleWriteException e)
        {
            overlay.ShowProblems([e.Message]);
        }
        catch (InvalidOperationException e)
        {
            overlay.ShowProblems([e.Message]);
        }
        finally
        {
            SecretBuffer.Clear(passphrase);
        }
    }

    private void SavePassphrase(CreateAccessFlow flow, GeneratedPassphraseScreen screen, PassphraseDownloadOverlay overlay, DateTimeOffset now)
    {
        byte[]? phrase = flow.CopyGeneratedPassphrase();
        if (phrase is null)
        {
            return;
        }

        string folder = overlay.Folder;
        try
        {
            folder = FullFolder(overlay.Folder);
            if (AskedAboutCheckout(folder, () => SavePassphrase(flow, screen, overlay, now)))
            {
                return;
            }

            // As Download all does: a missing folder is created, every new level 0700.
            PrivateFolders.CreateMissing(folder);
            string file = PassphraseDownload.Save(folder, flow.Draft.Name, now, phrase);
            Remember(overlay.Folder, _lastChoice);
            _log.Saved(1);
            _shell.CloseOverlay();
            flow.MarkGeneratedPassphraseSaved();
            screen.ShowSaved(new SavedFiles([file], Merged: false, [], []).Describe());
            _shell.SetNotice("Passphrase saved (private, 0600): the full path is shown above.");
        }
        catch (BundleWriteException e)
        {
            overlay.ShowProblems([e.Message]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            overlay.ShowProblems([$"Could not create the folder {folder} ({e.GetType().Name}): choose another folder."]);
        }
        finally
        {
            SecretBuffer.Clear(phrase);
        }
    }

    private void Remember(string folder, string? choice)
    {
        _lastFolder = folder;
        _lastChoice = choice;
        _memory.Save(folder, choice);
    }

    private static SavedFiles Merged(ConfigMergeResult result) => new(result.Files, Merged: true, result.Backups, []);

    private static SavedFiles Written(CredentialBundle bundle, BundleFormat format, string folder, bool replace, byte[]? passphrase)
    {
        BundleWriteResult result = BundleWriter.DownloadAll(bundle, folder, new BundleWriteOptions
        {
            Formats = [format],
            ReplaceExisting = replace,
            CreateFolder = true,
            GeneratedPassphrase = passphrase,
        });
        List<string> notes = [.. result.Warnings];
        if (format == BundleFormat.S3fs)
        {
            notes.Add(S3fsPasswordFile.MountHint(bundle.Access, result.Files[0]));
        }

        return new SavedFiles(result.Files, Merged: false, [], notes);
    }

    /// <summary>
    /// Saving into a git checkout risks committing the keys: ask first, once per checkout per session, with "Choose
    /// another" as the default. True when it asked; <paramref name="save"/> runs again on "Save there".
    /// </summary>
    private bool AskedAboutCheckout(string folder, Action save)
    {
        if (GitCheckout.RootOf(folder) is not { } root || _checkoutsAllowed.Contains(root))
        {
            return false;
        }

        _shell.Confirm("Save into a git checkout?",
            $"{folder} is inside the git checkout {root}: files saved there can be committed and pushed by mistake.",
            "_Save there", "_Choose another", yes =>
            {
                if (yes)
                {
                    _checkoutsAllowed.Add(root);
                    save();
                }
            }, noIsDefault: true, overPopUp: true);
        return true;
    }

    /// <summary>The typed folder as a full path: <c>~</c> expanded, a relative one under the current folder, empty is the current folder.</summary>
    private string FullFolder(string typed)
    {
        string folder = UserPaths.Expand(typed.Length == 0 ? "." : typed, _env.HomeFolder);
        return Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Join(_env.WorkingFolder, folder));
    }
}
