using StorjTui.Core.Flow;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Advanced: enter a new passphrase (masked) and confirm it.</summary>
internal sealed class EnterPassphraseScreen : FlowScreen
{
    private readonly CreateAccessFlow _flow;
    private readonly TextField _passphrase = new() { Width = 50, Secret = true };
    private readonly TextField _confirm = new() { Width = 50, Secret = true };
    private bool _forgetting;
    private readonly ToneLabel _warnings = new(Tone.Warning) { Text = "", Width = Dim.Fill(), Height = 2 };
    private readonly Label _intro = new() { Text = "", Width = Dim.Fill() };

    public EnterPassphraseScreen(CreateAccessFlow flow)
    {
        _flow = flow;
        var form = new FormLayout(this, 12);
        form.Line(_intro);
        form.Line(new Label { Text = "Storj cannot recover it: keep it somewhere safe.", Width = Dim.Fill() });
        form.Gap();
        form.Row("_Passphrase", _passphrase);
        form.Row("C_onfirm", _confirm);
        form.Gap();
        form.Line(_warnings, 2);
        AddNext(form);
        _passphrase.ValueChanged += (_, _) =>
        {
            if (_forgetting)
            {
                return;
            }

            _flow.SetNewPassphrase(_passphrase.Text);
            _warnings.Text = string.Join('\n', _flow.PassphraseWarnings.Select(w => "note: " + w.Message));
        };
        Showing();
        _confirm.ValueChanged += (_, _) =>
        {
            if (!_forgetting)
            {
                _flow.SetPassphraseConfirmation(_confirm.Text);
            }
        };
    }

    /// <summary>"Enter my project passphrase" types the project's own passphrase here; Enter new a new one.</summary>
    private bool ProjectPassphrase => _flow.Draft.PassphraseChoice == Core.Access.PassphraseChoice.SetMyProjectPassphrase;

    public override string Heading => ProjectPassphrase ? "Enter my project passphrase" : "Enter a new passphrase";

    /// <summary>The same screen serves both choices: say which one the user came for (they may have gone back and changed it).</summary>
    public override void Showing() =>
        _intro.Text = ProjectPassphrase
            ? "Enter the passphrase you use for this project, to manage the data uploaded with it."
            : "Enter a new encryption passphrase for this access.";

    public override CreateAccessStep? FlowStep => CreateAccessStep.EnterPassphrase;

    protected override string NextText => "_Continue";

    public override bool HasEnteredData => _flow.HasEnteredData;

    public override void Forget()
    {
        // The flow already cleared its copy; only the fields' text is left to wipe.
        _forgetting = true;
        _passphrase.Text = "";
        _confirm.Text = "";
    }
}
