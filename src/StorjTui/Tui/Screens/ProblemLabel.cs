using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Shows the flow's validation messages under a form (empty when there is nothing to fix).</summary>
internal sealed class ProblemLabel : Label, IToned
{
    public Tone Tone => Tone.Error;

    public ProblemLabel()
    {
        HotKeySpecifier = new System.Text.Rune(0xFFFF);
        Width = Dim.Fill();
        Height = Dim.Auto();
        Text = "";
    }

    public void Show(IReadOnlyList<string> problems)
    {
        Text = string.Join('\n', problems.Select(p => "! " + p));
        SetNeedsLayout();
        SetNeedsDraw();
    }

    public void Clear() => Show([]);
}
