using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Tui.Screens;

namespace StorjTui.Tui.Presenters;

// Download all: the overlay's choice written as private files (or merged into a tool's config), asking before
// replacing a file. Moved as one unit from the old AppPresenter.
internal sealed partial class ResultPresenter
{
    private void ShowDownload(ResultScreen screen)
    {
        if (screen.Created.Type == AccessType.S3Credentials && string.IsNullOrEmpty(screen.Created.Endpoint))
        {
            _shell.SetNotice("Nothing to download without an S3 endpoint: copy the keys instead.");
            return;
        }

        CredentialBundle bundle = CredentialBundle.From(screen.Created);
        var overlay = new DownloadOverlay(bundle, _env.WorkingFolder);
        overlay.SaveRequested += (_, _) => Save(screen, bundle, overlay, replace: false);
        overlay.Cancelled += (_, _) => _shell.CloseOverlay();
        _shell.ShowOverlay(overlay);
    }

    private void Save(ResultScreen screen, CredentialBundle bundle, DownloadOverlay overlay, bool replace)
    {
        DownloadChoice choice = overlay.Choice;
        try
        {
            IReadOnlyList<string> files;
            switch (choice.Merge)
            {
                case DownloadMerge.AwsConfig:
                    files = new ConfigFileMerge(_env.Services.Clock).MergeIntoAws(bundle, _env.HomeFolder).Files;
                    break;
                case DownloadMerge.RcloneConfig:
                    files = new ConfigFileMerge(_env.Services.Clock).MergeIntoRclone(bundle, _env.HomeFolder).Files;
                    break;
                case DownloadMerge.UplinkConfig or DownloadMerge.UplinkConfigAsDefault:
                    files = new ConfigFileMerge(_env.Services.Clock).MergeIntoUplink(bundle, _env.HomeFolder, choice.Merge == DownloadMerge.UplinkConfigAsDefault).Files;
                    break;
                default:
                    string folder = UserPaths.Expand(overlay.Folder.Length == 0 ? "." : overlay.Folder, _env.HomeFolder);
                    if (!Path.IsPathRooted(folder))
                    {
                        folder = Path.Join(_env.WorkingFolder, folder);
                    }

                    files = BundleWriter.DownloadAll(choice.For(bundle), folder, new BundleWriteOptions
                    {
                        Formats = [choice.Format!.Value],
                        ReplaceExisting = replace,
                    }).Files;
                    break;
            }

            _shell.CloseOverlay();
            Delivered(screen, screen.Rows);
            _shell.SetNotice($"Saved (private, 0600): {string.Join(", ", files.Select(Path.GetFileName))}" +
                (choice.Format == BundleFormat.S3fs ? "\n" + S3fsPasswordFile.MountHint(bundle.Access, files[0]) : ""));
        }
        catch (BundleWriteException e) when (e.Failure == BundleWriteFailure.FileExists && !replace)
        {
            _shell.CloseOverlay();
            _shell.Confirm("Replace?", e.Message, "_Replace", "_Keep", yes =>
            {
                if (yes)
                {
                    _shell.ShowOverlay(overlay);
                    Save(screen, bundle, overlay, replace: true);
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
    }
}
