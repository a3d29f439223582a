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
    private readonly Label _warnings = new() { Text = "", Width = Dim.Fill(), Height = 2 };

    public EnterPassphraseScreen(CreateAccessFlow flow)
    {
        _flow = flow;
        var form = new FormLayout(this, 12);
        form.Line(new Label { Text = "Enter a new encryption passphrase for this access.", Width = Dim.Fill() });
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
        _confirm.ValueChanged += (_, _) =>
        {
            if (!_forgetting)
            {
                _flow.SetPassphraseConfirmation(_confirm.Text);
            }
        };
    }

    public override string Heading => "Enter a new passphrase";

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
