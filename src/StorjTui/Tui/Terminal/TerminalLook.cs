using System.Reflection;
using System.Text;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace StorjTui.Tui.Terminal;

/// <summary>
/// How the app looks on this terminal: colour or none (NO_COLOR), Unicode or ASCII-only glyphs
/// (the Linux text console lacks some box and check glyphs).
/// </summary>
internal sealed record TerminalLook(bool NoColor, bool AsciiOnly)
{
    /// <summary>NO_COLOR set (any value, per no-color.org) or TERM=dumb turns colour off; TERM=linux or STORJ_TUI_ASCII=1 turns ASCII on.</summary>
    public static TerminalLook FromEnvironment(bool forceAscii = false)
    {
        string? term = Environment.GetEnvironmentVariable("TERM");
        bool noColor = Environment.GetEnvironmentVariable("NO_COLOR") is not null
            || string.Equals(term, "dumb", StringComparison.Ordinal);
        bool ascii = forceAscii
            || Environment.GetEnvironmentVariable("STORJ_TUI_ASCII") is "1" or "true"
            || term is "linux" or "dumb" or "vt100" or "vt220";
        return new TerminalLook(noColor, ascii);
    }

    /// <summary>A scheme with no colours at all: the terminal's own colours, focus shown by reverse video.</summary>
    public static Scheme Monochrome { get; } = new()
    {
        Normal = new Attribute(Color.None, Color.None, TextStyle.None),
        HotNormal = new Attribute(Color.None, Color.None, TextStyle.Underline),
        Focus = new Attribute(Color.None, Color.None, TextStyle.Reverse),
        HotFocus = new Attribute(Color.None, Color.None, TextStyle.Reverse | TextStyle.Underline),
        Active = new Attribute(Color.None, Color.None, TextStyle.Reverse),
        HotActive = new Attribute(Color.None, Color.None, TextStyle.Reverse | TextStyle.Underline),
        Highlight = new Attribute(Color.None, Color.None, TextStyle.Bold),
        Editable = new Attribute(Color.None, Color.None, TextStyle.Underline),
        ReadOnly = new Attribute(Color.None, Color.None, TextStyle.None),
        Disabled = new Attribute(Color.None, Color.None, TextStyle.Faint),
    };

    /// <summary>Applies the colour choice to a top view (sub-views inherit its scheme).</summary>
    public void ApplyTo(View top)
    {
        if (NoColor)
        {
            top.SetScheme(Monochrome);
        }
    }

    /// <summary>
    /// Swaps every non-ASCII glyph Terminal.Gui draws for an ASCII one. Glyphs are process-wide in
    /// Terminal.Gui, so this is called once at start-up, before the first frame.
    /// </summary>
    public static void UseAsciiGlyphs()
    {
        GlyphSettings ascii = GlyphSettings.Current with { };
        foreach (PropertyInfo property in typeof(GlyphSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType != typeof(Rune) || !property.CanWrite)
            {
                continue;
            }

            var current = (Rune)property.GetValue(ascii)!;
            if (!current.IsAscii)
            {
                property.SetValue(ascii, new Rune(AsciiFor(property.Name)));
            }
        }

        GlyphSettings.Current = ascii;
    }

    /// <summary>Picks an ASCII stand-in from the glyph's name (HLine → '-', VLine → '|', corners → '+', …).</summary>
    internal static char AsciiFor(string glyphName) => glyphName switch
    {
        _ when glyphName.StartsWith("CheckStateChecked", StringComparison.Ordinal) => 'x',
        _ when glyphName.StartsWith("CheckStateNone", StringComparison.Ordinal) => '-',
        // Visible, not blank: the bucket list draws this one glyph before each unmarked bucket.
        _ when glyphName.StartsWith("CheckStateUnChecked", StringComparison.Ordinal) => '.',
        "Selected" => '*',
        "UnSelected" or "Null" or "WideGlyphReplacement" => ' ',
        "RightArrow" => '>',
        "LeftArrow" => '<',
        "UpArrow" => '^',
        "DownArrow" => 'v',
        "LeftDefaultIndicator" => '<',
        "RightDefaultIndicator" => '>',
        "LeftBracket" => '[',
        "RightBracket" => ']',
        "HorizontalEllipsis" => '~',
        _ when glyphName.StartsWith("HLine", StringComparison.Ordinal) || glyphName.Contains("HorizontalLine", StringComparison.Ordinal) => '-',
        _ when glyphName.StartsWith("VLine", StringComparison.Ordinal) || glyphName.Contains("VerticalLine", StringComparison.Ordinal) => '|',
        _ when glyphName.Contains("Half", StringComparison.Ordinal) && (glyphName.Contains("Left", StringComparison.Ordinal) || glyphName.Contains("Right", StringComparison.Ordinal)) => '-',
        _ when glyphName.Contains("Half", StringComparison.Ordinal) => '|',
        _ when glyphName.StartsWith("Shadow", StringComparison.Ordinal) || glyphName.Contains("Stipple", StringComparison.Ordinal) => ' ',
        _ when glyphName.Contains("Corner", StringComparison.Ordinal) || glyphName.Contains("Cross", StringComparison.Ordinal)
            || glyphName.Contains("Side", StringComparison.Ordinal) || glyphName.Contains("Tee", StringComparison.Ordinal) => '+',
        _ when glyphName.Contains("Segment", StringComparison.Ordinal) => '#',
        _ => '*',
    };
}
