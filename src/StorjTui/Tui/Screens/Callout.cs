using global::Terminal.Gui.ViewBase;
using global::Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>A framed message that must stand out (the console's Warning box): frame, title and text in its tone.</summary>
internal sealed class Callout : View, IToned
{
    public Callout(string title, string text, Tone tone, int textLines)
    {
        Tone = tone;
        Title = title;
        Width = Dim.Fill();
        Height = textLines + 2;
        BorderStyle = global::Terminal.Gui.Drawing.LineStyle.Rounded;
        Add(new Label { Text = text, Width = Dim.Fill(), Height = textLines });
    }

    public Tone Tone { get; }
}
