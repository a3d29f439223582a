using StorjTui.Core.Text;

namespace StorjTui.Core.Tests.Text;

/// <summary>Untrusted text on a terminal: escape sequences, controls and bidi/zero-width characters are shown, not obeyed.</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b]0;pwned\u0007", "␛]0;pwned␇")]
    [InlineData("\u001b]52;c;cHduZWQ=\u0007", "␛]52;c;cHduZWQ=␇")]
    [InlineData("\u001b[2J", "␛[2J")]
    [InlineData("a\nb\r\tc\0", "a␊b␍␉c␀")]
    [InlineData("del\u007f", "del␡")]
    [InlineData("c1\u009b2J\u0085", "c1\\u009B2J\\u0085")]
    [InlineData("rtl\u202Egpj.exe", "rtl\\u202Egpj.exe")]
    [InlineData("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069", "\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069")]
    [InlineData("zero\u200B\u200C\u200D\u200E\u200Fwidth\uFEFF", "zero\\u200B\\u200C\\u200D\\u200E\\u200Fwidth\\uFEFF")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("tag\U000E0001", "tag\\uDB40\\uDC01")]
    [InlineData("plain name, ünïcødé, 日本語 😀", "plain name, ünïcødé, 日本語 😀")]
    public void Show_makes_every_hidden_character_visible(string text, string shown)
    {
        Assert.Equal(shown, TerminalText.Show(text));
    }

    [Fact]
    public void Show_lines_keeps_line_feeds_only()
    {
        Assert.Equal("one\ntwo␛[2J␍\n", TerminalText.ShowLines("one\ntwo\u001b[2J\r\n"));
    }

    [Fact]
    public void Nothing_shown_holds_a_hidden_character()
    {
        var everything = string.Concat(Enumerable.Range(0, 0x3000).Where(c => !char.IsSurrogate((char)c)).Select(c => (char)c)) + "\uFEFF\uD83D";
        var shown = TerminalText.Show(everything);

        Assert.DoesNotContain(shown.EnumerateRunes(), TerminalText.IsHidden);
    }
}
