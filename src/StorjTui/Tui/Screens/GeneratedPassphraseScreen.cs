using System.Globalization;
using StorjTui.Core.Flow;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Shell;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>
/// Advanced: the generated 12 words, numbered, with Copy, Download and the saved checkbox. The words are shown
/// exactly as they must be typed (lowercase): passphrases are case-sensitive, and capitals would give another key.
/// </summary>
internal sealed class GeneratedPassphraseScreen : FlowScreen
{
    private readonly CreateAccessFlow _flow;
    private readonly CheckBox _saved = new() { Text = "I _saved my encryption passphrase." };
    private readonly IReadOnlyList<ScreenKey> _keys;
    private readonly SavedFilesLabel _savedFiles = new();

    public GeneratedPassphraseScreen(CreateAccessFlow flow)
    {
        _flow = flow;
        var form = new FormLayout(this, 2);
        form.Line(new Label { Text = "Your 12-word passphrase. Storj cannot recover it: save it before you go on.", Width = Dim.Fill() });
        form.Gap();
        IReadOnlyList<string> words = flow.GeneratedPassphraseWords();
        var grid = new View
        {
            Width = Dim.Fill(),
            Height = 6,
            BorderStyle = LineStyle.Rounded,
        };
        for (int i = 0; i < words.Count; i++)
        {
            grid.Add(new Label
            {
                X = 2 + (i % 4) * 18,
                Y = i / 4,
                Text = $"{(i + 1).ToString(CultureInfo.InvariantCulture),2}. {words[i]}",
            });
        }

        form.Line(grid, 6);
        Button copy = form.Line(new Button { Text = "Co_py" });
        var download = new Button { Text = "_Download", X = Pos.Right(copy) + 2, Y = copy.Y };
        Add(download);
        form.Gap();
        _saved.Value = flow.Draft.SavedPassphraseAcknowledged ? CheckState.Checked : CheckState.UnChecked;
        form.Line(_saved);
        AddNext(form);
        form.Gap();
        form.Line(_savedFiles);
        copy.Accepting += (_, e) => { e.Handled = true; CopyRequested?.Invoke(this, EventArgs.Empty); };
        download.Accepting += (_, e) => { e.Handled = true; DownloadRequested?.Invoke(this, EventArgs.Empty); };
        _keys =
        [
            ScreenKey.Alt(copy, "Copy the passphrase (OSC 52)"),
            ScreenKey.Alt(download, "Download the passphrase to a file", inStatusBar: false),
            ScreenKey.On(_saved.HotKey.WithAlt, "Tick \"I saved my encryption passphrase\"", ToggleSaved, inStatusBar: false),
        ];
        _saved.ValueChanged += (_, _) =>
        {
            _flow.SetSavedPassphraseAcknowledged(_saved.Value == CheckState.Checked);
            ShowProblems([]);
        };
    }

    public override string Heading => "Generate 12-word passphrase";

    private void ToggleSaved()
    {
        _saved.SetFocus();
        _saved.Value = _saved.Value == CheckState.Checked ? CheckState.UnChecked : CheckState.Checked;
    }

    public override CreateAccessStep? FlowStep => CreateAccessStep.ShowGeneratedPassphrase;

    public override View? InitialFocus => _saved;

    public override IReadOnlyList<ScreenKey> Keys => [.. _keys, .. NextKeys];

    protected override string NextText => "_Continue";

    public override bool HasEnteredData => true;

    public event EventHandler? CopyRequested;

    public event EventHandler? DownloadRequested;

    /// <summary>Shows where Download saved the passphrase (the full path).</summary>
    public void ShowSaved(string text) => _savedFiles.Show(text);
}
