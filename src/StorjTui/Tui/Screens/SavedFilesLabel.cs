using Terminal.Gui.ViewBase;

namespace StorjTui.Tui.Screens;

/// <summary>
/// Where a download went: every full path on its own line, wrapped rather than cut (a path is data: no hotkey marks).
/// </summary>
internal sealed class SavedFilesLabel : ValueLabel
{
    public SavedFilesLabel()
    {
        Text = "";
        Width = Dim.Fill();
        Height = Dim.Auto();
        TextFormatter.WordWrap = true;
    }

    public void Show(string text)
    {
        Text = text;
        SetNeedsLayout();
        SetNeedsDraw();
    }
}
