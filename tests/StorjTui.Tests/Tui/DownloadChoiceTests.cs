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
        var grant = CredentialBundle.From(new CreatedAccess
        {
            Type = AccessType.AccessGrant,
            Name = "g",
            CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Permissions = Permissions.All,
            Buckets = [],
            AccessGrant = "1grant",
        });

        var choices = DownloadOverlay.ChoicesFor(grant, DefaultMergeFiles);

        Assert.Contains(choices, c => c.Format == BundleFormat.Uplink);
        Assert.Equal([DownloadMerge.UplinkConfig, DownloadMerge.UplinkConfigAsDefault], choices.Where(c => c.Merge != DownloadMerge.None).Select(c => c.Merge));
    }
}
