using Attribute = Terminal.Gui.Drawing.Attribute;
using StorjTui.Tui.Screens;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Terminal;

/// <summary>
/// The app's colours, after the Storj console: body text in the terminal's own colours, Storj blue for focus and
/// the default button, amber for warnings, red for errors, dim for hints. The 16-colour set names ANSI colours so
/// nothing is left to nearest-colour guessing; without colour, bold, underline, faint and reverse carry the same
/// hierarchy (and an empty text field stays visible as an underline).
/// </summary>
internal static class StorjTheme
{
    private static readonly Color StorjBlue = new(0x01, 0x49, 0xFF);
    private static readonly Color LightBlue = new(0x5C, 0x8D, 0xFF);
    private static readonly Color Amber = new(0xFF, 0xB0, 0x20);
    private static readonly Color Red = new(0xFF, 0x4D, 0x4F);
    private static readonly Color Dim = new(0x8A, 0x8F, 0x98);
    private static readonly Color White = new(0xFF, 0xFF, 0xFF);

    /// <summary>The scheme of the whole window (views inherit it).</summary>
    public static Scheme Base(ColorDepth depth)
    {
        if (depth == ColorDepth.None)
        {
            return TerminalLook.Monochrome;
        }

        Attribute body = new(Color.None, Color.None, TextStyle.None);
        Attribute focus = new(White, Accent(depth), TextStyle.Bold);
        return new Scheme
        {
            Normal = body,
            HotNormal = body with { Style = TextStyle.Underline },
            Focus = focus,
            HotFocus = focus with { Style = TextStyle.Bold | TextStyle.Underline },
            Active = focus,
            HotActive = focus with { Style = TextStyle.Bold | TextStyle.Underline },
            Highlight = new Attribute(AccentText(depth), Color.None, TextStyle.Bold),
            Editable = body with { Style = TextStyle.Underline },
            ReadOnly = body,
            Disabled = new Attribute(Tinted(Tone.Hint, depth), Color.None, TextStyle.None),
        };
    }

    /// <summary>The attribute text of <paramref name="tone"/> is drawn with.</summary>
    public static Attribute For(Tone tone, ColorDepth depth) => depth switch
    {
        ColorDepth.None => new Attribute(Color.None, Color.None, tone switch
        {
            Tone.Error or Tone.Warning => TextStyle.Bold,
            Tone.Hint => TextStyle.Faint,
            _ => TextStyle.None,
        }),
        _ => new Attribute(Tinted(tone, depth), Color.None, tone is Tone.Error or Tone.Warning ? TextStyle.Bold : TextStyle.None),
    };

    /// <summary>A default button: the accent colour, so the one Enter presses stands out.</summary>
    public static Scheme DefaultButton(ColorDepth depth)
    {
        Scheme scheme = Base(depth);
        Attribute normal = depth == ColorDepth.None
            ? new Attribute(Color.None, Color.None, TextStyle.Bold)
            : new Attribute(AccentText(depth), Color.None, TextStyle.Bold);
        return scheme with { Normal = normal, HotNormal = normal with { Style = TextStyle.Bold | TextStyle.Underline } };
    }

    /// <summary>Colours every toned view and default button under <paramref name="view"/>.</summary>
    public static void Paint(View view, ColorDepth depth)
    {
        if (view is IToned { Tone: not Tone.Body } toned)
        {
            Tint(view, toned.Tone, depth);
        }
        else if (view is Button { IsDefault: true })
        {
            view.SetScheme(DefaultButton(depth));
        }

        foreach (View sub in view.SubViews)
        {
            Paint(sub, depth);
        }
    }

    /// <summary>Draws <paramref name="view"/>'s text in <paramref name="tone"/>; body text goes back to the window's scheme.</summary>
    public static void Tint(View view, Tone tone, ColorDepth depth)
    {
        if (tone == Tone.Body)
        {
            view.SetScheme(null);
            return;
        }

        Attribute text = For(tone, depth);
        view.SetScheme(Base(depth) with { Normal = text, HotNormal = text, ReadOnly = text, Disabled = text });
    }

    private static Color Accent(ColorDepth depth) => depth == ColorDepth.TrueColor ? StorjBlue : new Color(ColorName16.Blue);

    /// <summary>Storj blue is too dark as text on a black terminal: text in the accent uses a lighter blue.</summary>
    private static Color AccentText(ColorDepth depth) => depth == ColorDepth.TrueColor ? LightBlue : new Color(ColorName16.BrightBlue);

    private static Color Tinted(Tone tone, ColorDepth depth) => (tone, depth) switch
    {
        (Tone.Error, ColorDepth.TrueColor) => Red,
        (Tone.Error, _) => new Color(ColorName16.BrightRed),
        (Tone.Warning, ColorDepth.TrueColor) => Amber,
        (Tone.Warning, _) => new Color(ColorName16.Yellow),
        (Tone.Hint, ColorDepth.TrueColor) => Dim,
        (Tone.Hint, _) => new Color(ColorName16.DarkGray),
        _ => Color.None,
    };
}
