using StorjTui.Core.Flow;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Screen 7, the "Confirm details" pop-up: the flow's rows, then Confirm / Back.</summary>
internal sealed class ConfirmDetailsOverlay : Overlay
{
    private readonly ProblemLabel _problems = new();

    public override CreateAccessStep? FlowStep => CreateAccessStep.ConfirmDetails;

    public ConfirmDetailsOverlay(IReadOnlyList<DetailRow> rows)
        : base("Confirm details")
    {
        var form = new FormLayout(this, 13);
        foreach (DetailRow row in rows)
        {
            form.Row(row.Title, new ValueLabel { Text = row.Value, Width = Dim.Auto(maximumContentDim: 56) });
        }

        form.Gap();
        Button confirm = form.Line(new Button { Text = "_Confirm", IsDefault = true });
        var back = new Button { Text = "_Back", X = Pos.Right(confirm) + 2, Y = confirm.Y };
        Add(back);
        form.Line(_problems);
        confirm.Accepting += (_, e) => { e.Handled = true; Confirmed?.Invoke(this, EventArgs.Empty); };
        back.Accepting += (_, e) => { e.Handled = true; Dismiss(); };
        _keys =
        [
            ScreenKey.Enter(confirm, "Confirm: create the access"),
            ScreenKey.Alt(confirm, "Confirm: create the access", inStatusBar: false),
            ScreenKey.Alt(back, "Back to the step before"),
        ];
    }

    private readonly IReadOnlyList<ScreenKey> _keys;

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public event EventHandler? Confirmed;

    public event EventHandler? BackRequested;

    public void ShowProblems(IReadOnlyList<string> problems) => _problems.Show(problems);

    public override void Dismiss() => BackRequested?.Invoke(this, EventArgs.Empty);
}
