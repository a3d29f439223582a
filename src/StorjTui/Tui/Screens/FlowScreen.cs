using StorjTui.Tui.Presenters;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>A create-flow step: a form, a Next button, and the flow's messages under it.</summary>
internal abstract class FlowScreen : Screen
{
    private readonly ProblemLabel _problems = new();
    private Button? _next;

    /// <summary>The user asked to go on (Next / Continue / Create Access).</summary>
    public event EventHandler? NextRequested;

    public override IReadOnlyList<ScreenKey> Keys => NextKeys;

    /// <summary>Enter and the Next button's own Alt key (a screen that overrides <see cref="Keys"/> adds these).</summary>
    protected IReadOnlyList<ScreenKey> NextKeys => _next is null ? [] :
    [
        ScreenKey.Enter(_next, NextText.Replace("_", "", StringComparison.Ordinal)),
        ScreenKey.Alt(_next, NextText.Replace("_", "", StringComparison.Ordinal), inStatusBar: false),
    ];

    protected virtual string NextText => "_Next";

    /// <summary>Adds the Next button and the message area at the form's current row.</summary>
    protected Button AddNext(FormLayout form)
    {
        form.Gap();
        Button next = form.Line(new Button { Text = NextText, IsDefault = true });
        _next = next;
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
