using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Screens;

/// <summary>A framed message that must stand out (the console's Warning box): frame, title and text in its tone.</summary>
internal sealed class Callout : View, IToned
{
    public Callout(string title, string text, Tone tone, int textLines)
    {
        Tone = tone;
        Title = title;
        Width = Dim.Fill();
        Height = textLines + 2;
        BorderStyle = Terminal.Gui.Drawing.LineStyle.Rounded;
        Add(new Label { Text = text, Width = Dim.Fill(), Height = textLines });
    }

    public Tone Tone { get; }
}
