using Xunit.Abstractions;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Bundles;

/// <summary>
/// SIGKILL a real writer process between "temp files written" and "renamed into place" (the writer's test-only
/// pause point), then check: no bundle file, or a complete one; the next run writes its bundle, leaves the stale temp
/// files alone (they may be the only copy of those credentials) and reports each by path.
/// </summary>
public class KillMidWriteTests(ITestOutputHelper log)
{
    [SkippableFact]
    public void Killed_mid_write_leaves_no_bundle_and_the_next_run_reports_the_temp_files_and_keeps_them()
    {
        RequiredTool.Require(OperatingSystem.IsLinux(), "needs Linux (/proc and SIGKILL)");
        var folder = Directory.CreateTempSubdirectory("storj-tui-it-kill-").FullName;
        var marker = Path.Join(Path.GetTempPath(), $"storj-tui-pause-{Guid.NewGuid():N}");
        try
        {
            using (var writer = BundleProbe.Start(folder, environment: new Dictionary<string, string> { [BundleProbe.PauseVariable] = marker }))
            {
                var deadline = DateTime.UtcNow.AddSeconds(180);
                while (!File.Exists(marker) || new FileInfo(marker).Length == 0)
                {
                    if (writer.HasExited)
                    {
                        Assert.Fail($"the writer exited early: {writer.StandardOutput.ReadToEnd()} {writer.StandardError.ReadToEnd()}");
                    }

                    Assert.True(DateTime.UtcNow < deadline, "the writer never reached its pause point within 180 s");
                    Thread.Sleep(20);
                }

                log.WriteLine($"pause point reached after {DateTime.UtcNow - deadline.AddSeconds(-180)}");
                Thread.Sleep(50); // let the marker's content land completely
                var temps = File.ReadAllText(marker).Split('\n');
                Assert.Equal(BundleProbe.FileNames.Length, temps.Length);
                Assert.All(temps, temp =>
                {
                    Assert.Equal(folder, Path.GetDirectoryName(temp));
                    Assert.Matches(@"^\.storj-tui-\d+-[0-9a-f]{16}\.tmp$", Path.GetFileName(temp));
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temp));
                });

                writer.Kill(); // SIGKILL on Unix: no cleanup code can run
                Assert.True(writer.WaitForExit(TimeSpan.FromSeconds(30)));
            }

            // Either the complete file or none: the kill came before the rename, so none.
            Assert.All(BundleProbe.FileNames, name => Assert.False(File.Exists(Path.Join(folder, name))));
            Assert.Equal(BundleProbe.FileNames.Length, Directory.GetFiles(folder, ".storj-tui-*.tmp").Length);

            var (exitCode, output, error) = BundleProbe.Run(folder);

            Assert.True(exitCode == 0, $"exit {exitCode}; {output} {error}");
            // Issue 12: never silently delete a never-renamed temp file holding credentials; report it.
            var left = Directory.GetFiles(folder, ".storj-tui-*.tmp");
            Assert.Equal(BundleProbe.FileNames.Length, left.Length);
            Assert.All(left, temp => Assert.Contains(temp, output, StringComparison.Ordinal));
            Assert.DoesNotContain("jprobesecret", output + error, StringComparison.Ordinal);
            Assert.Equal(BundleProbe.FileNames.Order(StringComparer.Ordinal), Directory.GetFiles(folder).Where(f => !left.Contains(f)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(BundleProbe.ExpectedTxt, File.ReadAllText(Path.Join(folder, BundleProbe.FileNames[0])));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            File.Delete(marker);
        }
    }
}
