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
    private readonly bool _withPassphrase;
    private readonly IReadOnlyList<DownloadChoice> _choices;
    private readonly TextField _folder = new() { Width = 52 };
    private readonly OptionSelector _format;
    private readonly TextField _bucket = new() { Width = 30 };
    private readonly Label _bucketCaption;
    private readonly ValueLabel _files = new() { Text = "", Width = 60, Height = 3 };
    private readonly ProblemLabel _problems = new();

    /// <param name="folder">The folder to offer: the last one used this session, else the current one.</param>
    /// <param name="lastChoice">The format chosen last this session (its label), preselected when offered here.</param>
    /// <param name="withPassphrase">A passphrase was generated in this flow: the file formats save it too.</param>
    /// <param name="mergeFiles">The files each merge would write, as shown (<c>~</c> for home): the ones the tools' variables name.</param>
    public DownloadOverlay(CredentialBundle bundle, string folder, Func<ConfigMergeTarget, IReadOnlyList<string>> mergeFiles, string? lastChoice = null, bool withPassphrase = false)
        : base("Download all")
    {
        _bundle = bundle;
        _withPassphrase = withPassphrase;
        _choices = ChoicesFor(bundle, mergeFiles);
        var form = new FormLayout(this, 8);
        _folder.Text = folder;
        form.Row("_Folder", _folder);
        int chosen = Math.Max(0, _choices.ToList().FindIndex(c => c.Label == lastChoice));
        _format = form.Row("Format", new OptionSelector { Labels = _choices.Select(c => c.Label).ToList(), Value = chosen, TabBehavior = TabBehavior.NoStop }, _choices.Count);
        form.Row("_Bucket", _bucket);
        _bucketCaption = form.LastCaption!;
        form.Row("Saves", _files, 3);
        // No blank line before the buttons: with every format listed the pop-up must leave the shell's notice
        // line visible at 80x24.
        Button save = form.Line(new Button { Text = "_Save", IsDefault = true });
        var cancel = new Button { Text = "Cancel", X = Pos.Right(save) + 2, Y = save.Y };
        Add(cancel);
        form.Line(_problems);
        _format.ValueChanged += (_, _) => ShowFiles();
        save.Accepting += (_, e) => { e.Handled = true; SaveRequested?.Invoke(this, EventArgs.Empty); };
        cancel.Accepting += (_, e) => { e.Handled = true; Dismiss(); };
        _keys = [ScreenKey.Enter(save, "Save the files"), ScreenKey.Alt(save, "Save the files", inStatusBar: false)];
        ShowFiles();
    }

    private readonly IReadOnlyList<ScreenKey> _keys;

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public DownloadChoice Choice => _choices[_format.Value ?? 0];

    public string Folder => _folder.Text.Trim();

    /// <summary>True when the chosen format writes the generated passphrase file too (the merges do not).</summary>
    public bool SavesPassphrase => _withPassphrase && Choice.Merge == DownloadMerge.None;

    /// <summary>
    /// The bundle to write for the chosen format: for restic with the typed bucket when the access reaches every
    /// bucket. Throws <see cref="BundleWriteException"/> naming the Bucket field when it is empty or not a bucket name.
    /// </summary>
    public CredentialBundle ChosenBundle()
    {
        DownloadChoice choice = Choice;
        if (!NeedsBucket(choice))
        {
            return choice.For(_bundle);
        }

        string bucket = _bucket.Text.Trim();
        if (bucket.Length == 0)
        {
            throw new BundleWriteException(BundleWriteFailure.BucketNeeded,
                "Type the bucket for the restic repository in the Bucket field: this access reaches every bucket. Nothing was saved.");
        }

        return _bundle.WithRepositoryBucket(bucket);
    }

    public event EventHandler? SaveRequested;

    public event EventHandler? Cancelled;

    public void ShowProblems(IReadOnlyList<string> problems) => _problems.Show(problems);

    public override void Dismiss() => Cancelled?.Invoke(this, EventArgs.Empty);

    /// <summary>
    /// The columns a choice's label has in the narrowest pop-up: 80x24 with ASCII marks ("( ) "). A longer one runs
    /// past the pop-up's edge, and a merge choice would lose the end of its file's name.
    /// </summary>
    internal const int LabelColumns = 61;

    /// <summary>The console's text file first (the default), then the other formats, then the merges.</summary>
    /// <param name="mergeFiles">The files each merge would write, as shown.</param>
    public static IReadOnlyList<DownloadChoice> ChoicesFor(CredentialBundle bundle, Func<ConfigMergeTarget, IReadOnlyList<string>> mergeFiles)
    {
        var choices = new List<DownloadChoice>();
        foreach (BundleFormat format in bundle.SupportedFormats)
        {
            if (format == BundleFormat.Restic)
            {
                // The repository needs one bucket: the access's only one, else one choice per bucket; an access to
                // every bucket has no list to choose from, so the Bucket field takes its name.
                if (bundle.RepositoryBucket is null && bundle.Access.Buckets.Count == 0)
                {
                    choices.Add(new DownloadChoice("restic repository in the bucket typed below (.restic.env)", format));
                    continue;
                }

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
            choices.Add(new DownloadChoice(MergeLabel("Merge into ", mergeFiles(ConfigMergeTarget.Aws)), null, DownloadMerge.AwsConfig));
        }

        if (bundle.SupportedFormats.Contains(BundleFormat.Rclone))
        {
            choices.Add(new DownloadChoice(MergeLabel("Merge into ", mergeFiles(ConfigMergeTarget.Rclone)), null, DownloadMerge.RcloneConfig));
        }

        if (bundle.SupportedFormats.Contains(BundleFormat.Uplink))
        {
            choices.Add(new DownloadChoice(MergeLabel("Merge into uplink's ", mergeFiles(ConfigMergeTarget.Uplink)), null, DownloadMerge.UplinkConfig));
            choices.Add(new DownloadChoice("Merge into uplink's access.json as its default access", null, DownloadMerge.UplinkConfigAsDefault));
        }

        return choices;
    }

    /// <summary>
    /// The merge's files after <paramref name="lead"/> in <see cref="LabelColumns"/>: the shorter files first take what
    /// they need of an equal share, and what they leave goes to the longer ones, which are cut.
    /// </summary>
    private static string MergeLabel(string lead, IReadOnlyList<string> files)
    {
        const string And = " and ";
        int left = LabelColumns - lead.Length - (And.Length * (files.Count - 1));
        var widths = new int[files.Count];
        int shares = files.Count;
        foreach (int i in Enumerable.Range(0, files.Count).OrderBy(i => TerminalText.Show(files[i]).Length))
        {
            widths[i] = Math.Min(TerminalText.Show(files[i]).Length, left / shares);
            left -= widths[i];
            shares--;
        }

        return lead + string.Join(And, files.Select((f, i) => Fit(f, widths[i])));
    }

    /// <summary>
    /// A path cut to <paramref name="width"/> columns from the left ("…" and its tail), so a long one from a variable
    /// keeps the choice on one line; control characters are shown, not sent to the terminal.
    /// </summary>
    private static string Fit(string path, int width)
    {
        string shown = TerminalText.Show(path);
        if (shown.Length <= width)
        {
            return shown;
        }

        string tail = shown[^(width - 1)..];
        // Never half a character: a cut inside a surrogate pair would draw a broken glyph.
        return "…" + (char.IsLowSurrogate(tail[0]) ? tail[1..] : tail);
    }

    /// <summary>restic for an access to every bucket: the bucket comes from the Bucket field.</summary>
    private bool NeedsBucket(DownloadChoice choice) =>
        choice.Format == BundleFormat.Restic && choice.RepositoryBucket is null && _bundle.RepositoryBucket is null;

    private void ShowFiles()
    {
        DownloadChoice choice = Choice;
        bool needsBucket = NeedsBucket(choice);
        _bucket.Visible = _bucketCaption.Visible = needsBucket;
        // The file names do not depend on the bucket: any valid name plans them while the field is still empty.
        CredentialBundle planned = needsBucket ? _bundle.WithRepositoryBucket("bucket") : choice.For(_bundle);
        _files.Text = choice.Merge switch
        {
            DownloadMerge.AwsConfig => $"profile [{_bundle.ProfileName}] (old files kept as .bak-…)",
            DownloadMerge.RcloneConfig => $"remote [{_bundle.ProfileName}] (old file kept as .bak-…)",
            DownloadMerge.UplinkConfig or DownloadMerge.UplinkConfigAsDefault => $"access \"{_bundle.ProfileName}\" (old file kept as .bak-…)",
            _ => string.Join('\n', BundleWriter.PlannedFileNames(planned, new BundleWriteOptions
            {
                Formats = [choice.Format!.Value],
                GeneratedPassphrase = _withPassphrase ? [] : null,
            })),
        };
        _problems.Clear();
        SetNeedsLayout();
        SetNeedsDraw();
    }
}
