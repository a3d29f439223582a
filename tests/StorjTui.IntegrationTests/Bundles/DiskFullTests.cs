using System.Diagnostics;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Bundles;

/// <summary>"Disk full" on a real 64 KiB tmpfs (mounting needs root).</summary>
public sealed class DiskFullTests
{
    private static readonly CreatedAccess Access = new()
    {
        Type = AccessType.S3Credentials,
        Name = "full-disk",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero),
        Permissions = Permissions.All,
        Buckets = [],
        AccessKeyId = "jwfullfullfullfullfullfullfu",
        SecretKey = "jfullsecretfullsecretfullsecretfullsecretfullsecretfu",
        Endpoint = "https://gateway.storjshare.io",
    };

    [SkippableTheory]
    [InlineData(0)]
    [InlineData(8192)] // room for two temp files: the third fails, and the first two must go too
    public void Full_disk_is_a_typed_error_with_no_partial_or_temp_file(int spareBytes)
    {
        RequiredTool.Root("mount -t tmpfs");
        var mount = RequiredTool.Command("mount");
        var umount = RequiredTool.Command("umount");
        var folder = Directory.CreateTempSubdirectory("storj-tui-it-full-").FullName;
        Run(mount, "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", folder);
        try
        {
            FillLeaving(folder, spareBytes);
            var before = Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal).ToArray();

            var error = Assert.Throws<BundleWriteException>(() => BundleWriter.DownloadAll(CredentialBundle.From(Access), folder));

            Assert.Equal(BundleWriteFailure.DiskFull, error.Failure);
            Assert.Contains("no space left", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Access.SecretKey!, error.ToString(), StringComparison.Ordinal);
            Assert.Equal(before, Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal));
        }
        finally
        {
            Run(umount, folder);
            Directory.Delete(folder);
        }
    }

    private static void FillLeaving(string folder, int spareBytes)
    {
        var spare = Path.Join(folder, "spare");
        File.WriteAllBytes(spare, new byte[spareBytes]);
        using (var filler = new FileStream(Path.Join(folder, "filler"), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            var block = new byte[4096];
            try
            {
                while (true)
                {
                    filler.Write(block);
                }
            }
            catch (IOException)
            {
                // The tmpfs is full.
            }
        }

        File.Delete(spare);
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error}");
    }
}
