using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Delete an access: the user types its name to confirm, and is told that deleting revokes it.</summary>
internal sealed class DeleteAccessOverlay : Overlay
{
    private readonly TextField _typed = new() { Width = 40 };
    private readonly ProblemLabel _problems = new();

    public DeleteAccessOverlay(string accessName, string? failure)
        : base("Delete access")
    {
        var form = new FormLayout(this, 10);
        form.Line(new ValueLabel { Text = $"Delete \"{accessName}\"?" });
        form.Line(new Label { Text = "Deleting an access revokes it: anything using its keys or grant" });
        form.Line(new Label { Text = "stops working. This cannot be undone. Type the access name to confirm." });
        form.Gap();
        form.Row("Name", _typed);
        form.Gap();
        var delete = form.Line(new Button { Text = "_Delete", IsDefault = true });
        var cancel = new Button { Text = "Cancel", X = Pos.Right(delete) + 2, Y = delete.Y };
        Add(cancel);
        form.Line(_problems);
        if (failure is not null)
        {
            _problems.Show([failure]);
        }

        delete.Accepting += (_, e) => { e.Handled = true; Confirmed?.Invoke(this, _typed.Text); };
        cancel.Accepting += (_, e) => { e.Handled = true; Dismiss(); };
        _keys = [ScreenKey.Enter(delete, "Delete (revokes it)"), ScreenKey.Alt(delete, "Delete (revokes it)", inStatusBar: false)];
    }

    private readonly IReadOnlyList<ScreenKey> _keys;

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public event EventHandler<string>? Confirmed;

    public event EventHandler? Cancelled;

    public void ShowProblems(IReadOnlyList<string> problems) => _problems.Show(problems);

    public override void Dismiss() => Cancelled?.Invoke(this, EventArgs.Empty);
}
