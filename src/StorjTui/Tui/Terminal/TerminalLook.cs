using System.Reflection;
using System.Text;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;

namespace StorjTui.Tui.Terminal;

/// <summary>
/// How the app looks on this terminal: colour or none (NO_COLOR), Unicode or ASCII-only glyphs
/// (the Linux text console lacks some box and check glyphs).
/// </summary>
internal sealed record TerminalLook(bool NoColor, bool AsciiOnly)
{
    /// <summary>How many colours the terminal gets when colour is on (24-bit unless the environment says otherwise).</summary>
    public ColorDepth Colors { get; init; } = ColorDepth.TrueColor;

    /// <summary>The colours actually sent: none under NO_COLOR.</summary>
    public ColorDepth Depth => NoColor ? ColorDepth.None : Colors;

    /// <summary>NO_COLOR set (any value, per no-color.org) or TERM=dumb turns colour off; TERM=linux or STORJ_TUI_ASCII=1 turns ASCII on.</summary>
    public static TerminalLook FromEnvironment(bool forceAscii = false)
    {
        string? term = Environment.GetEnvironmentVariable("TERM");
        ColorDepth colors = ChooseColors(term, Environment.GetEnvironmentVariable("COLORTERM"), Environment.GetEnvironmentVariable("NO_COLOR") is not null);
        bool ascii = forceAscii
            || Environment.GetEnvironmentVariable("STORJ_TUI_ASCII") is "1" or "true"
            || term is "linux" or "dumb" or "vt100" or "vt220";
        return colors == ColorDepth.None ? new TerminalLook(true, ascii) : new TerminalLook(false, ascii) { Colors = colors };
    }

    /// <summary>
    /// 24-bit colour only where COLORTERM says so (truecolor / 24bit): GNU screen and many xterms show garbage
    /// or the wrong colours for it. Every other colour terminal gets the 16 ANSI colours (Terminal.Gui 2.5 writes
    /// either 24-bit or 16 colours, nothing in between). NO_COLOR (any value) and TERM=dumb get none.
    /// </summary>
    public static ColorDepth ChooseColors(string? term, string? colorTerm, bool noColor)
    {
        if (noColor || string.Equals(term, "dumb", StringComparison.Ordinal))
        {
            return ColorDepth.None;
        }

        return colorTerm?.Trim().ToLowerInvariant() is "truecolor" or "24bit" ? ColorDepth.TrueColor : ColorDepth.Colors16;
    }

    /// <summary>Makes the driver send only the colours chosen (Terminal.Gui would otherwise send 24-bit to most terminals).</summary>
    public void ApplyTo(IDriver? driver)
    {
        if (driver is not null)
        {
            driver.Force16Colors = Depth != ColorDepth.TrueColor;
        }
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

    /// <summary>Applies the theme to a top view (sub-views inherit its scheme).</summary>
    public void ApplyTo(View top) => top.SetScheme(StorjTheme.Base(Depth));

    /// <summary>Colours the errors, warnings, hints and default buttons of a screen or pop-up about to be shown.</summary>
    public void Paint(View view) => StorjTheme.Paint(view, Depth);

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
