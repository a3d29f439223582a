using System.Text;
using StorjTui.Core.Input;

namespace StorjTui.Core.Tests.Input;

/// <summary>The one bounded reader: exactly the limit is read, one more is refused by name, endless streams stop at once.</summary>
public class BoundedReaderTests
{
    [Fact]
    public void Text_up_to_the_limit_is_read_and_one_more_character_is_too_large()
    {
        Assert.Equal(new string('a', 1024), BoundedReader.ReadText(new StringReader(new string('a', 1024)), 1024, "the passphrase on stdin"));
        var e = Assert.Throws<InputTooLargeException>(() => BoundedReader.ReadText(new StringReader(new string('a', 1025)), 1024, "the passphrase on stdin"));
        Assert.Equal("the passphrase on stdin is too large (more than 1 KiB)", e.Message);
    }

    [Fact]
    public void An_endless_device_stops_one_byte_past_the_limit()
    {
        var e = Assert.Throws<InputTooLargeException>(() => BoundedReader.ReadFile("/dev/zero", BoundedReader.SettingsBytes, "config.json"));
        Assert.Equal("config.json is too large (more than 1 MiB)", e.Message);
    }

    [Fact]
    public void A_stream_at_the_limit_is_read_whole()
    {
        var bytes = Enumerable.Range(0, 64 * 1024).Select(i => (byte)i).ToArray();
        Assert.Equal(bytes, BoundedReader.Read(new MemoryStream(bytes), 64 * 1024, "the bundle"));
        Assert.Throws<InputTooLargeException>(() => BoundedReader.Read(new MemoryStream([.. bytes, 0]), 64 * 1024, "the bundle"));
    }

    [Fact]
    public void A_text_file_loses_its_utf8_byte_order_mark()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("grant")]);
            Assert.Equal("grant", BoundedReader.ReadFileText(file, BoundedReader.SecretBytes, "the access grant file"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_folder_is_refused_as_a_folder()
    {
        var e = Assert.Throws<IOException>(() => BoundedReader.ReadFile(Path.GetTempPath(), BoundedReader.BundleBytes, "the bundle"));
        Assert.Equal($"{Path.GetTempPath()} is a folder, not a file.", e.Message);
    }
}
