using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;

namespace StorjTui.Tests.Tui;

/// <summary>The Download all format list: every format, and restic once per bucket the repository could be in.</summary>
public sealed class DownloadChoiceTests
{
    /// <summary>The merge files with no tool variable set, for a user whose home is /home/ops.</summary>
    private static readonly Func<ConfigMergeTarget, IReadOnlyList<string>> DefaultMergeFiles = DownloadDialogs.MergeFiles("/home/ops", _ => null, "/home/ops");

    private static CredentialBundle Bundle(params string[] buckets) => CredentialBundle.From(new CreatedAccess
    {
        Type = AccessType.S3Credentials,
        Name = "srv",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Permissions = Permissions.All,
        Buckets = buckets,
        AccessKeyId = "jwvizqvv3ty3xyhhr5njgsrbk4fa",
        SecretKey = "j2ymk2pgcbzqi4kfyyc7ebbewj2jdj6phnjyvdxh5xfoiyvzgjwpq",
        Endpoint = "https://gateway.storjshare.io",
    });

    private static CredentialBundle Grant() => CredentialBundle.From(new CreatedAccess
    {
        Type = AccessType.AccessGrant,
        Name = "g",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Permissions = Permissions.All,
        Buckets = [],
        AccessGrant = "1grant",
    });

    [Fact]
    public void Server_formats_are_offered()
    {
        var labels = DownloadOverlay.ChoicesFor(Bundle("one"), DefaultMergeFiles).Select(c => c.Label).ToList();

        Assert.Contains("Docker --env-file (.docker.env)", labels);
        Assert.Contains("s3fs password file (.passwd-s3fs)", labels);
        Assert.Contains("Kubernetes Secret (.k8s-secret.yaml)", labels);
        Assert.Contains("restic repository in bucket one (.restic.env)", labels);
    }

    [Fact]
    public void Restic_asks_which_bucket_when_the_access_has_several_and_writes_into_the_chosen_one()
    {
        var bundle = Bundle("alpha", "beta");

        var restic = DownloadOverlay.ChoicesFor(bundle, DefaultMergeFiles).Where(c => c.Format == BundleFormat.Restic).ToList();

        Assert.Equal(["restic repository in bucket alpha (.restic.env)", "restic repository in bucket beta (.restic.env)"], restic.Select(c => c.Label));
        Assert.Equal("beta", restic[1].For(bundle).RepositoryBucket);
        // An access to every bucket (issue #18): one restic choice, whose bucket the overlay's Bucket field takes.
        Assert.Equal(["restic repository in the bucket typed below (.restic.env)"],
            DownloadOverlay.ChoicesFor(Bundle(), DefaultMergeFiles).Where(c => c.Format == BundleFormat.Restic).Select(c => c.Label));
    }

    [Fact]
    public void An_access_grant_offers_the_uplink_file_and_both_uplink_merges()
    {
        var choices = DownloadOverlay.ChoicesFor(Grant(), DefaultMergeFiles);

        Assert.Contains(choices, c => c.Format == BundleFormat.Uplink);
        Assert.Equal([DownloadMerge.UplinkConfig, DownloadMerge.UplinkConfigAsDefault], choices.Where(c => c.Merge != DownloadMerge.None).Select(c => c.Merge));
    }

    /// <summary>Every merge choice fits the columns a choice has at 80x24 with ASCII marks, its file's end kept.</summary>
    [Fact]
    public void Merge_choices_with_long_files_fit_their_line_and_keep_the_file_name()
    {
        string deep = "/srv/" + string.Join('/', Enumerable.Repeat("team-configuration", 4));
        var variables = new Dictionary<string, string>
        {
            ["AWS_SHARED_CREDENTIALS_FILE"] = deep + "/credentials",
            ["AWS_CONFIG_FILE"] = deep + "/config",
            ["RCLONE_CONFIG"] = deep + "/rclone.conf",
            ["XDG_CONFIG_HOME"] = deep,
        };
        var files = DownloadDialogs.MergeFiles("/home/ops", variables.GetValueOrDefault, "/home/ops");

        var merges = DownloadOverlay.ChoicesFor(Bundle("one"), files).Concat(DownloadOverlay.ChoicesFor(Grant(), files))
            .Where(c => c.Merge != DownloadMerge.None).Select(c => c.Label).ToList();

        Assert.All(merges, label => Assert.True(label.Length <= DownloadOverlay.LabelColumns, $"{label.Length} columns: {label}"));
        Assert.Contains(merges, l => l.Contains("/credentials and …", StringComparison.Ordinal) && l.EndsWith("/config", StringComparison.Ordinal));
        Assert.Contains(merges, l => l.EndsWith("/rclone.conf", StringComparison.Ordinal));
        Assert.Contains(merges, l => l.EndsWith("/storj/uplink/access.json", StringComparison.Ordinal));
    }

    /// <summary>A file cut from the left is cut between characters, never inside one (an emoji is two UTF-16 units).</summary>
    [Fact]
    public void A_cut_file_never_starts_with_half_a_character()
    {
        string emoji = string.Concat(Enumerable.Repeat("\U0001F600", 30));
        var variables = new Dictionary<string, string> { ["RCLONE_CONFIG"] = "/x" + emoji + "/rclone.conf" };

        string label = DownloadOverlay.ChoicesFor(Bundle("one"), DownloadDialogs.MergeFiles("/home/ops", variables.GetValueOrDefault, "/home/ops"))
            .Single(c => c.Merge == DownloadMerge.RcloneConfig).Label;

        Assert.EndsWith("/rclone.conf", label, StringComparison.Ordinal);
        Assert.True(System.Text.Rune.DecodeFromUtf16(label.AsSpan(label.IndexOf('…', StringComparison.Ordinal) + 1), out _, out _) == System.Buffers.OperationStatus.Done, label);
    }
}
