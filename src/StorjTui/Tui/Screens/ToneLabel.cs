using System.Text;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>A label in a tone (a warning line, a hint under a field); its text is data, not hotkey markup.</summary>
internal sealed class ToneLabel : Label, IToned
{
    public ToneLabel(Tone tone)
    {
        Tone = tone;
        HotKeySpecifier = new Rune(0xFFFF);
    }

    public Tone Tone { get; }
}
