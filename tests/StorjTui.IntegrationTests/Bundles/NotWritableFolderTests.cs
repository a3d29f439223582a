using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Bundles;

/// <summary>Root can write anywhere, so "not writable" runs the writer as nobody (uid 65534) via setpriv.</summary>
public class NotWritableFolderTests
{
    [SkippableFact]
    public void Unprivileged_user_gets_a_not_writable_error_and_nothing_is_left()
    {
        var setpriv = RequiredTool.Command("setpriv");
        RequiredTool.Root("setpriv --reuid needs root");
        var folder = Directory.CreateTempSubdirectory("storj-tui-it-ro-").FullName;
        try
        {
            // Readable and enterable by everyone, writable only by root.
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);

            var (exitCode, output, error) = BundleProbe.Run(folder, setpriv);

            Assert.True(exitCode == 3, $"exit {exitCode}; stdout: {output}; stderr: {error}");
            Assert.StartsWith("failure NotWritable\n", output, StringComparison.Ordinal);
            Assert.Contains("permission", output, StringComparison.Ordinal);
            Assert.DoesNotContain("jprobesecret", output + error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void Same_child_as_root_writes_the_bundle()
    {
        // Control for the test above: the probe itself works, so the failure there is the permission.
        RequiredTool.Root("comparison run");
        var folder = Directory.CreateTempSubdirectory("storj-tui-it-rw-").FullName;
        try
        {
            var (exitCode, output, _) = BundleProbe.Run(folder);

            Assert.Equal(0, exitCode);
            Assert.Equal($"written {BundleProbe.FileNames.Length}\n", output);
            Assert.Equal(BundleProbe.FileNames.Order(StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
