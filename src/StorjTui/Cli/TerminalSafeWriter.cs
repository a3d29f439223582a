using System.Text;
using StorjTui.Core.Text;

namespace StorjTui.Cli;

/// <summary>
/// Everything a command prints passes through here on its way to stdout or stderr, so no text from a server or a
/// file (an access or project name, an error body) can reach the terminal as an escape sequence or a bidi override:
/// <see cref="TerminalText.ShowLines"/> shows them visibly. Line feeds are kept; commands put untrusted values
/// into their lines with <see cref="TerminalText.Show"/>, so a line feed in a name cannot forge a row either.
/// JSON output is unchanged by this (its strings already escape such characters).
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    private char pendingHighSurrogate;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value)
    {
        if (char.IsHighSurrogate(value))
        {
            FlushPendingSurrogate();
            pendingHighSurrogate = value;
            return;
        }
        if (char.IsLowSurrogate(value) && pendingHighSurrogate != '\0')
        {
            inner.Write(TerminalText.ShowLines(new string([pendingHighSurrogate, value])));
            pendingHighSurrogate = '\0';
            return;
        }
        FlushPendingSurrogate();
        inner.Write(TerminalText.ShowLines(value.ToString()));
    }

    public override void Write(string? value)
    {
        FlushPendingSurrogate();
        inner.Write(TerminalText.ShowLines(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write(value + NewLine);

    public override void Flush()
    {
        FlushPendingSurrogate();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }
        base.Dispose(disposing);
    }

    private void FlushPendingSurrogate()
    {
        if (pendingHighSurrogate != '\0')
        {
            inner.Write(TerminalText.ShowLines(pendingHighSurrogate.ToString()));
            pendingHighSurrogate = '\0';
        }
    }
}
