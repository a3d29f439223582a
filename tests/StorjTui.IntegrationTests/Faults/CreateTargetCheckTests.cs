using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Faults;

/// <summary>
/// Issue 12 §3 on real file systems (mounting needs root): `create --out` on a nearly full or a read-only tmpfs is
/// refused before any API key exists, so nothing is left behind on the satellite.
/// </summary>
public sealed class CreateTargetCheckTests
{
    [SkippableTheory]
    [InlineData("size=64k,mode=0700", "no space left")]
    [InlineData("size=4m,mode=0700,ro", "read-only")]
    public async Task An_out_folder_that_cannot_take_the_bundle_is_refused_before_the_key_exists(string options, string mentions)
    {
        RequiredTool.Root("mount -t tmpfs");
        var mount = RequiredTool.Command("mount");
        var umount = RequiredTool.Command("umount");
        var folder = Directory.CreateTempSubdirectory("storj-tui-it-target-").FullName;
        await RunAsync(mount, "-t", "tmpfs", "-o", options, "tmpfs", folder);
        try
        {
            using var server = SandboxServeProcess.Start([]);
            await server.LogInAsync();
            var before = await InterruptedCreateTests.AccessNamesAsync(server);

            var result = await server.RunAsync(["create", "api-key", "--name", "nowhere", "--out", folder]);

            Assert.True(result.ExitCode == 1, result.Describe());
            Assert.Contains(mentions, result.StandardError, StringComparison.Ordinal);
            Assert.Contains(folder, result.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("was created but", result.StandardError, StringComparison.Ordinal);
            Assert.Equal(before, await InterruptedCreateTests.AccessNamesAsync(server));
            Assert.Empty(InterruptedCreateTests.PendingRecords(server));
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            await RunAsync(umount, folder);
            Directory.Delete(folder);
        }
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        var result = await ExternalCommand.RunAsync(program, args);
        Assert.True(result.Succeeded, result.Describe());
    }
}
