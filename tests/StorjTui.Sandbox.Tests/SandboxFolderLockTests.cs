namespace StorjTui.Sandbox.Tests;

/// <summary>
/// One sandbox per data folder: a second (e.g. <c>create s3 --sandbox</c> while <c>sandbox serve</c> runs) would
/// load the state once, overwrite the first's keys, and hand out an S3 endpoint that dies with it.
/// </summary>
public sealed class SandboxFolderLockTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_second_sandbox_on_the_same_folder_refuses_and_says_how_to_use_the_first()
    {
        var options = new SandboxOptions { DataFolder = temp.Sub("sandbox") };
        await using (var first = await SandboxServer.StartAsync(options))
        {
            var e = await Assert.ThrowsAsync<SandboxBusyException>(() => SandboxServer.StartAsync(options));
            Assert.Contains(Path.GetFullPath(options.DataFolder), e.Message, StringComparison.Ordinal);
            Assert.Contains("storj-tui login --satellite", e.Message, StringComparison.Ordinal);

            // Not even a reset may wipe the folder of a running sandbox.
            await Assert.ThrowsAsync<SandboxBusyException>(() => SandboxServer.StartAsync(options with { Reset = true }));
            Assert.True(File.Exists(Path.Combine(options.DataFolder, "state.json")));
        }

        // Stopped: the folder is free again.
        await using var again = await SandboxServer.StartAsync(options);
        Assert.NotNull(again.BaseUrl);
    }
}
