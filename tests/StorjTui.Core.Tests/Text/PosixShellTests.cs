using StorjTui.Core.Tests.Support;
using StorjTui.Core.Text;

namespace StorjTui.Core.Tests.Text;

/// <summary>Quoted words run through a real /bin/sh come back as exactly one argument, running nothing.</summary>
public sealed class PosixShellTests
{
    public static TheoryData<string> Names() => new()
    {
        "plain",
        "",
        "with space",
        "$(touch pwned)",
        "`touch pwned`",
        "it's",
        "'",
        "\"double\" $HOME \\ ; & | < > ( ) { } * ? ! # ~",
        "line\nbreak\n",
        "\n",
        "esc \u001b]0;pwned\u0007 and \u001b[2J",
        "rtl\u202Egpj.exe",
        "cr\r tab\t del\u007f c1\u009b zw\u200B bom\uFEFF",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Quote_passes_the_exact_value_as_one_argument(string value)
    {
        using var folder = new TempFolder();
        Assert.Equal([value], Arguments(folder.Path, PosixShell.Quote(value)));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Quote_for_terminal_passes_the_exact_value_and_prints_nothing_hidden(string value)
    {
        using var folder = new TempFolder();
        var quoted = PosixShell.QuoteForTerminal(value);

        Assert.Equal([value], Arguments(folder.Path, quoted));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
        Assert.DoesNotContain(quoted.EnumerateRunes(), r => r.Value != '\n' && TerminalText.IsHidden(r));
    }

    private static string[] Arguments(string folder, string word) => Sh.Run(folder, "printf '%s\\0' " + word);
}
