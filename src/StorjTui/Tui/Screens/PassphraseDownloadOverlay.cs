using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>
/// The generated-passphrase screen's Download: asks where, like Download all (the last folder used this session by
/// default; a missing folder is created 0700), and shows the file name it will write.
/// </summary>
internal sealed class PassphraseDownloadOverlay : Overlay
{
    private readonly TextField _folder = new() { Width = 52 };
    private readonly ProblemLabel _problems = new();

    public PassphraseDownloadOverlay(string folder, string fileName)
        : base("Download the passphrase")
    {
        var form = new FormLayout(this, 8);
        _folder.Text = folder;
        form.Row("_Folder", _folder);
        form.Row("Saves", new ValueLabel { Text = fileName, Width = 60 });
        form.Gap();
        Button save = form.Line(new Button { Text = "_Save", IsDefault = true });
        var cancel = new Button { Text = "Cancel", X = Pos.Right(save) + 2, Y = save.Y };
        Add(cancel);
        form.Line(_problems);
        save.Accepting += (_, e) => { e.Handled = true; SaveRequested?.Invoke(this, EventArgs.Empty); };
        cancel.Accepting += (_, e) => { e.Handled = true; Dismiss(); };
        _keys = [ScreenKey.Enter(save, "Save the passphrase file"), ScreenKey.Alt(save, "Save the passphrase file", inStatusBar: false)];
    }

    private readonly IReadOnlyList<ScreenKey> _keys;

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public string Folder => _folder.Text.Trim();

    public event EventHandler? SaveRequested;

    public event EventHandler? Cancelled;

    public void ShowProblems(IReadOnlyList<string> problems) => _problems.Show(problems);

    public override void Dismiss() => Cancelled?.Invoke(this, EventArgs.Empty);
}
