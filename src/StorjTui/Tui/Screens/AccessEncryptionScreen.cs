using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Screen 6, Access encryption: the warning callout, then current / Advanced: enter new / generate.</summary>
internal sealed class AccessEncryptionScreen : FlowScreen
{
    /// <summary>The seed's callout, in the console's words.</summary>
    public const string Callout =
        "Data uploaded with these credentials can only be seen in the Storj console after unlocking the bucket with the same passphrase.";

    private readonly CreateAccessFlow _flow;
    private readonly IReadOnlyList<PassphraseChoice> _choices;
    private readonly OptionSelector _choice;

    public AccessEncryptionScreen(CreateAccessFlow flow)
    {
        _flow = flow;
        _choices = flow.OfferedPassphraseChoices;
        var form = new FormLayout(this, 2);
        var callout = new Callout(
            "Warning",
            "Data uploaded with these credentials can only be seen in the Storj console\nafter unlocking the bucket with the same passphrase.",
            Tone.Warning,
            textLines: 2);
        form.Line(callout, 4);
        form.Gap();
        _choice = form.Line(new OptionSelector
        {
            X = 2,
            Labels = _choices.Select(Label).ToList(),
            Value = Math.Max(0, _choices.ToList().IndexOf(flow.Draft.PassphraseChoice)),
            TabBehavior = TabBehavior.NoStop, // one Tab stop for the group; arrows move inside
        }, _choices.Count);
        _choice.X = 2;
        form.Gap();
        string note = flow.Setup.CurrentPassphrase switch
        {
            CurrentPassphrase.Unknown => "The project passphrase was skipped: enter it on the next step to manage existing data with this access.",
            CurrentPassphrase.AccessGrantKey => "Connected with an access grant: its own key is used. A new passphrase needs the project's salt, which only the satellite has.",
            _ => "Advanced: a new passphrase makes data uploaded with this access unreadable with the project passphrase.",
        };
        form.Line(new ToneLabel(Tone.Hint) { Text = note, Width = Dim.Fill(), Height = 2 }, 2);
        AddNext(form);
        _choice.ValueChanged += (_, _) =>
        {
            string? problem = _flow.ChoosePassphrase(_choices[_choice.Value ?? 0]);
            ShowProblems(problem is null ? [] : [problem]);
        };
    }

    public override string Heading => "Access encryption";

    public override CreateAccessStep? FlowStep => CreateAccessStep.AccessEncryption;

    protected override string NextText => "_Continue";

    public override bool HasEnteredData => _flow.HasEnteredData;

    private static string Label(PassphraseChoice choice) => choice switch
    {
        PassphraseChoice.UseCurrent => "Use the current passphrase",
        PassphraseChoice.EnterNew => "Advanced: Enter a new passphrase",
        PassphraseChoice.SetMyProjectPassphrase => "Enter my project passphrase (the one you use for this project)",
        _ => "Advanced: Generate 12-word passphrase",
    };
}
