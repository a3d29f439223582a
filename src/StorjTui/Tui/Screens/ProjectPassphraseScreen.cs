using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>The project passphrase prompt the console shows when a project is opened (may be skipped).</summary>
internal sealed class ProjectPassphraseScreen : Screen
{
    private readonly TextField _passphrase = new() { Width = 50, Secret = true };
    private readonly ProblemLabel _problems = new();

    public ProjectPassphraseScreen(string projectName)
    {
        var form = new FormLayout(this, 12);
        form.Line(new ValueLabel { Text = $"Enter the encryption passphrase of project \"{projectName}\"." }, 1);
        form.Line(new Label { Text = "It is used to encrypt what new accesses upload; it never leaves this machine." });
        form.Line(new Label { Text = "Skip it and you can still create accesses with a new passphrase." });
        form.Gap();
        form.Row("Passphrase", _passphrase);
        form.Gap();
        var cont = form.Line(new Button { Text = "_Continue", IsDefault = true });
        var skip = new Button { Text = "_Skip", X = Pos.Right(cont) + 2, Y = cont.Y };
        Add(skip);
        form.Gap();
        form.Line(_problems);
        cont.Accepting += (_, e) => { e.Handled = true; PassphraseEntered?.Invoke(this, _passphrase.Text); };
        skip.Accepting += (_, e) => { e.Handled = true; Skipped?.Invoke(this, EventArgs.Empty); };
        _keys =
        [
            ScreenKey.Enter(cont, "Continue"),
            ScreenKey.Alt(cont, "Continue", inStatusBar: false),
            ScreenKey.Alt(skip, "Skip the passphrase"),
        ];
    }

    private readonly IReadOnlyList<ScreenKey> _keys;

    public override string Heading => "Project passphrase";

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public override bool HasEnteredData => _passphrase.Text.Length > 0;

    /// <summary>The text typed (a secret: the presenter hands it straight to the flow).</summary>
    public event EventHandler<string>? PassphraseEntered;

    public event EventHandler? Skipped;

    public void ShowProblems(IReadOnlyList<string> problems) => _problems.Show(problems);

    public override void Forget() => _passphrase.Text = "";
}
