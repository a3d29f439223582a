using System.Text;

namespace StorjTui.Core.Text;

/// <summary>
/// Quotes a value as one word for POSIX sh (dash, bash, zsh in sh mode), for the .env file that
/// <c>set -a; . file.env</c> reads and for commands the program prints for people to copy.
/// </summary>
public static class PosixShell
{
    /// <summary>
    /// <c>'value'</c>, each <c>'</c> written as <c>'\''</c>: inside single quotes sh gives no character a meaning, so
    /// <c>$(…)</c>, backquotes, <c>\</c>, <c>"</c> and line breaks come back exactly as they were.
    /// </summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>
    /// Like <see cref="Quote"/>, but safe to print on a terminal as well: each character
    /// <see cref="TerminalText"/> would show visibly (ESC, bidi overrides, …) is written as
    /// <c>"$(printf '\ooo')"</c> of its UTF-8 bytes, which sh turns back into that exact character. Line feeds stay
    /// inside the quotes (command substitution would drop a trailing one).
    /// </summary>
    public static string QuoteForTerminal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var output = new StringBuilder(value.Length + 2);
        var quoted = new StringBuilder();
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value == '\n' || !TerminalText.IsHidden(rune))
            {
                quoted.Append(rune.ToString());
                continue;
            }
            if (quoted.Length > 0)
            {
                output.Append(Quote(quoted.ToString()));
                quoted.Clear();
            }
            output.Append("\"$(printf '");
            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                output.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            }
            output.Append("')\"");
        }
        if (quoted.Length > 0 || output.Length == 0)
        {
            output.Append(Quote(quoted.ToString()));
        }
        return output.ToString();
    }
}
