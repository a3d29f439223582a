
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;

namespace StorjTui.Tests.Tui;

public sealed class LastConnectionTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string folder = Directory.CreateTempSubdirectory("storj-tui-last-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Saving_over_a_file_others_could_read_leaves_it_0600()
    {
        var file = Path.Combine(folder, "state", "last-connection");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "Sandbox\n");
        File.SetUnixFileMode(file, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        new LastConnection(file).Save(ConnectTarget.Eu1, "me@example.com");

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file));
        Assert.Equal((ConnectTarget.Eu1, "me@example.com"), new LastConnection(file).Load());
    }

    [Fact]
    public void A_huge_file_is_no_memory_and_is_not_read_whole()
    {
        var file = Path.Combine(folder, "last-connection");
        File.WriteAllBytes(file, [.. "Eu1\n"u8, .. Enumerable.Repeat((byte)'a', 32 * 1024 * 1024)]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var loaded = new LastConnection(file).Load();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((ConnectTarget.Sandbox, (string?)null), loaded);
        Assert.True(allocated < 4 * 1024 * 1024, $"loading allocated {allocated / 1024} KiB");
    }
}
