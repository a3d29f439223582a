using System.Text;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>A label showing data (names, file names, messages): an underscore is text here, not a hotkey mark.</summary>
internal class ValueLabel : Label
{
    public ValueLabel()
    {
        HotKeySpecifier = new Rune(0xFFFF);
    }
}
