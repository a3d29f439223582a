
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;

namespace StorjTui.Tests.Tui;

/// <summary>Long notices wrap whole: at spaces, and a path longer than a line after a '/'.</summary>
public sealed class WrappedTextTests
{
    [Fact]
    public void BreaksAtSpacesAndKeepsEveryCharacter()
    {
        IReadOnlyList<string> lines = WrappedText.Lines("Saved (private, 0600): one.txt, two.txt", 25);

        Assert.Equal(["Saved (private, 0600):", "one.txt, two.txt"], lines);
    }

    [Fact]
    public void BreaksALongPathAfterASlash()
    {
        const string path = "/home/someone/backups/storj/Storj-S3-Credentials-my-access.txt";

        IReadOnlyList<string> lines = WrappedText.Lines("Saved: " + path, 40);

        Assert.All(lines, l => Assert.True(l.Length <= 40, l));
        Assert.Equal("Saved: " + path, string.Concat(lines.Take(1)) + " " + string.Concat(lines.Skip(1)));
        Assert.EndsWith("/", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsLineBreaksOfTheText()
    {
        Assert.Equal(["a", "b c"], WrappedText.Lines("a\nb c", 10));
    }
}
