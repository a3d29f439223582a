using StorjTui.Core.Bundles;
using StorjTui.Core.Text;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>
/// The Download all save dialog: the folder (the current one by default), the format, and the file name
/// the console would use. Drawn inside the shell; the presenter does the writing.
/// </summary>
internal sealed class DownloadOverlay : Overlay
{
    private readonly CredentialBundle _bundle;
    private readonly IReadOnlyList<DownloadChoice> _choices;
    private readonly TextField _folder = new() { Width = 52 };
    private readonly OptionSelector _format;
    private readonly ValueLabel _files = new() { Text = "", Width = 60, Height = 2 };
    private readonly ProblemLabel _problems = new();

    public DownloadOverlay(CredentialBundle bundle, string folder)
        : base("Download all")
    {
        _bundle = bundle;
        _choices = ChoicesFor(bundle);
        var form = new FormLayout(this, 8);
        _folder.Text = folder;
        form.Row("_Folder", _folder);
        _format = form.Row("Format", new OptionSelector { Labels = _choices.Select(c => c.Label).ToList(), Value = 0, TabBehavior = TabBehavior.NoStop }, _choices.Count);
        form.Row("Saves", _files, 2);
        form.Gap();
        Button save = form.Line(new Button { Text = "_Save", IsDefault = true });
        var cancel = new Button { Text = "Cancel", X = Pos.Right(save) + 2, Y = save.Y };
        Add(cancel);
        form.Line(_problems);
        _format.ValueChanged += (_, _) => ShowFiles();
        save.Accepting += (_, e) => { e.Handled = true; SaveRequested?.Invoke(this, EventArgs.Empty); };
        cancel.Accepting += (_, e) => { e.Handled = true; Dismiss(); };
        ShowFiles();
    }

    public DownloadChoice Choice => _choices[_format.Value ?? 0];

    public string Folder => _folder.Text.Trim();

    public event EventHandler? SaveRequested;

    public event EventHandler? Cancelled;

    public void ShowProblems(IReadOnlyList<string> problems) => _problems.Show(problems);

    public override void Dismiss() => Cancelled?.Invoke(this, EventArgs.Empty);

    /// <summary>The console's text file first (the default), then the other formats, then the merges.</summary>
    public static IReadOnlyList<DownloadChoice> ChoicesFor(CredentialBundle bundle)
    {
        var choices = new List<DownloadChoice>();
        foreach (BundleFormat format in bundle.SupportedFormats)
        {
            if (format == BundleFormat.Restic)
            {
                // The repository needs one bucket: the access's only one, else one choice per bucket. An access to
                // every bucket has no list to choose from here; the CLI's --repository-bucket names one.
                IEnumerable<string?> buckets = bundle.RepositoryBucket is not null ? new string?[] { null } : bundle.Access.Buckets.Cast<string?>();
                choices.AddRange(buckets.Select(b => new DownloadChoice(
                    $"restic repository in bucket {TerminalText.Show(b ?? bundle.RepositoryBucket)} (.restic.env)", format, RepositoryBucket: b)));
                continue;
            }

            choices.Add(new DownloadChoice(format switch
            {
                BundleFormat.Txt => "Console text (.txt)",
                BundleFormat.Aws => "AWS CLI profile files (.aws-credentials, .aws-config)",
                BundleFormat.Rclone => "rclone remote (.rclone.conf)",
                BundleFormat.Env => "dotenv (.env)",
                BundleFormat.Docker => "Docker --env-file (.docker.env)",
                BundleFormat.S3fs => "s3fs password file (.passwd-s3fs)",
                BundleFormat.K8s => "Kubernetes Secret (.k8s-secret.yaml)",
                BundleFormat.Uplink => "uplink access file (.uplink-access)",
                _ => "JSON (.json)",
            }, format));
        }

        if (bundle.SupportedFormats.Contains(BundleFormat.Aws))
        {
            choices.Add(new DownloadChoice("Merge into ~/.aws/credentials and ~/.aws/config", null, DownloadMerge.AwsConfig));
        }

        if (bundle.SupportedFormats.Contains(BundleFormat.Rclone))
        {
            choices.Add(new DownloadChoice("Merge into ~/.config/rclone/rclone.conf", null, DownloadMerge.RcloneConfig));
        }

        if (bundle.SupportedFormats.Contains(BundleFormat.Uplink))
        {
            choices.Add(new DownloadChoice("Merge into uplink's ~/.config/storj/uplink/access.json", null, DownloadMerge.UplinkConfig));
            choices.Add(new DownloadChoice("Merge into uplink's access.json as its default access", null, DownloadMerge.UplinkConfigAsDefault));
        }

        return choices;
    }

    private void ShowFiles()
    {
        DownloadChoice choice = Choice;
        _files.Text = choice.Merge switch
        {
            DownloadMerge.AwsConfig => $"profile [{_bundle.ProfileName}] (old files kept as .bak-…)",
            DownloadMerge.RcloneConfig => $"remote [{_bundle.ProfileName}] (old file kept as .bak-…)",
            DownloadMerge.UplinkConfig or DownloadMerge.UplinkConfigAsDefault => $"access \"{_bundle.ProfileName}\" (old file kept as .bak-…)",
            _ => string.Join('\n', BundleWriter.PlannedFileNames(choice.For(_bundle), new BundleWriteOptions { Formats = [choice.Format!.Value] })),
        };
        SetNeedsLayout();
        SetNeedsDraw();
    }
}
