using StorjTui.Tui.Presenters;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>A create-flow step: a form, a Next button, and the flow's messages under it.</summary>
internal abstract class FlowScreen : Screen
{
    private readonly ProblemLabel _problems = new();

    /// <summary>The user asked to go on (Next / Continue / Create Access).</summary>
    public event EventHandler? NextRequested;

    public override IReadOnlyList<KeyHint> Keys =>
    [
        new("Enter", NextText.Replace("_", "", StringComparison.Ordinal)),
    ];

    protected virtual string NextText => "_Next";

    /// <summary>Adds the Next button and the message area at the form's current row.</summary>
    protected Button AddNext(FormLayout form)
    {
        form.Gap();
        Button next = form.Line(new Button { Text = NextText, IsDefault = true });
        next.Accepting += (_, e) =>
        {
            e.Handled = true;
            RequestNext();
        };
        form.Line(_problems);
        return next;
    }

    protected void RequestNext() => NextRequested?.Invoke(this, EventArgs.Empty);

    /// <summary>Shows why the flow refused (empty hides the messages).</summary>
    public void ShowProblems(IReadOnlyList<string> problems) => _problems.Show(problems);
}
