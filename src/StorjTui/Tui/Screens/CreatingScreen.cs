using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Screen 8a: the progress view while the access is created, naming each step.</summary>
internal sealed class CreatingScreen : Screen
{
    private static readonly (CreationStep Step, string Text)[] Steps =
    [
        (CreationStep.CreatingKey, "Creating key"),
        (CreationStep.DerivingKey, "Deriving key - this takes a moment -"),
        (CreationStep.Registering, "Registering"),
    ];

    private readonly Label[] _lines;
    private readonly bool _ascii;

    public CreatingScreen(string accessName, bool asciiOnly)
    {
        _ascii = asciiOnly;
        var form = new FormLayout(this, 2);
        form.Line(new ValueLabel { Text = $"Creating \"{accessName}\"..." });
        form.Gap();
        _lines = Steps.Select(s => form.Line(new Label { Text = "", Width = Dim.Fill() })).ToArray();
        Show(CreationStep.CreatingKey);
    }

    public override string Heading => "Creating access";

    public override CreateAccessStep? FlowStep => CreateAccessStep.Creating;

    public override IReadOnlyList<ScreenKey> Keys => [new("Wait", "The steps finish on their own")];

    /// <summary>The access is being created on the satellite: there is nothing to go back to until it ends.</summary>
    public override bool CanGoBack => false;

    /// <summary>Marks steps before <paramref name="current"/> done and <paramref name="current"/> running.</summary>
    public void Show(CreationStep current)
    {
        for (int i = 0; i < Steps.Length; i++)
        {
            string mark = Steps[i].Step < current ? (_ascii ? "[x]" : "[✓]")
                : Steps[i].Step == current ? "[>]" : "[ ]";
            _lines[i].Text = $"{mark} {Steps[i].Text}";
        }

        SetNeedsDraw();
    }
}
