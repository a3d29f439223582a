using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>The one private-file writer's replace and append modes (create-new is covered by <see cref="BundleWriterTests"/>).</summary>
public class PrivateFilesTests
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    [Fact]
    public void Replace_creates_every_missing_folder_0700_and_the_file_0600_and_replaces_it_whole()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("state", "storj-tui", "session");

        PrivateFiles.Replace(file, "first, longer text");
        PrivateFiles.Replace(file, "second");

        Assert.Equal("second", File.ReadAllText(file));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(temp.Combine("state")));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(temp.Combine("state", "storj-tui")));
        Assert.Equal(["session"], Directory.GetFiles(temp.Combine("state", "storj-tui")).Select(Path.GetFileName));
    }

    [Fact]
    public void Replace_narrows_an_app_folder_others_could_enter()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("state");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        PrivateFiles.Replace(Path.Join(folder, "pending.json"), "{}");

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder));
    }

    [Fact]
    public void Replace_where_a_file_stands_for_the_folder_names_it_and_writes_nothing()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("state"), "not a folder");

        var e = Assert.Throws<BundleWriteException>(() => PrivateFiles.Replace(temp.Combine("state", "session"), "token"));

        Assert.Equal(BundleWriteFailure.FolderIsAFile, e.Failure);
        Assert.Contains(temp.Combine("state"), e.Message, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(temp.Combine("state")));
    }

    [Fact]
    public void Append_creates_the_file_0600_and_keeps_what_was_there()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("log", "storj-tui.log");

        using (var stream = PrivateFiles.OpenAppend(file))
        {
            stream.Write("one\n"u8);
        }

        using (var stream = PrivateFiles.OpenAppend(file))
        {
            stream.Write("two\n"u8);
        }

        Assert.Equal("one\ntwo\n", File.ReadAllText(file));
        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(file));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(temp.Combine("log")));
    }
}
