using System.Globalization;
using System.Text;

namespace StorjTui.Core.Text;

/// <summary>
/// The one place that makes untrusted text (names and messages from a satellite, an auth service, an S3 server or
/// a user's files) safe to print on a terminal or write to a log line. A terminal obeys escape sequences, so an ESC
/// in an access name could retitle the window, set the clipboard (OSC 52), clear the screen or forge rows; bidi
/// overrides and zero-width characters make one name look like another. Such characters are shown visibly instead:
/// C0 controls and DEL as Unicode control pictures (ESC as ␛, line feed as ␊, as the TUI shows them), every other
/// invisible or reordering character (C1 controls, bidi embeddings/overrides/isolates/marks, zero-width characters,
/// line and paragraph separators, byte order mark, other format characters) as <c>\u202E</c> — an escape that,
/// inside a JSON string, decodes back to the same character, so JSON output stays exact.
/// </summary>
public static class TerminalText
{
    /// <summary>One line: every control character, line breaks and tabs included, is shown visibly.</summary>
    public static string Show(string? text) => Render(text, keepLineFeeds: false);

    /// <summary>
    /// Text of several lines the program itself composed: line feeds are kept, everything else invisible is shown.
    /// Use <see cref="Show"/> on each untrusted value put into such text, so a line feed in it cannot forge a row.
    /// </summary>
    public static string ShowLines(string? text) => Render(text, keepLineFeeds: true);

    /// <summary>True when <paramref name="rune"/> would not print as itself (see the class summary).</summary>
    public static bool IsHidden(Rune rune)
    {
        int value = rune.Value;
        if (value < 0x20 || value is >= 0x7F and <= 0x9F)
        {
            return true;
        }
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator;
    }

    private static string Render(string? text, bool keepLineFeeds)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        if (!NeedsRendering(text, keepLineFeeds))
        {
            return text;
        }
        var output = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n' && keepLineFeeds)
            {
                output.Append('\n');
            }
            else if (rune.Value < 0x20)
            {
                output.Append((char)(0x2400 + rune.Value)); // U+2400 CONTROL PICTURES: ␀ … ␟
            }
            else if (rune.Value == 0x7F)
            {
                output.Append('\u2421'); // ␡
            }
            else if (IsHidden(rune))
            {
                // \uXXXX per UTF-16 unit: readable, and inside a JSON string it decodes back to the same character.
                foreach (var unit in rune.ToString())
                {
                    output.Append(CultureInfo.InvariantCulture, $"\\u{(int)unit:X4}");
                }
            }
            else
            {
                output.Append(rune);
            }
        }
        return output.ToString();
    }

    private static bool NeedsRendering(string text, bool keepLineFeeds)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHidden(rune) && !(keepLineFeeds && rune.Value == '\n'))
            {
                return true;
            }
        }
        // EnumerateRunes turns a lone surrogate into U+FFFD; rebuilding is then needed (a valid pair comes out unchanged).
        return text.Any(char.IsSurrogate);
    }
}
