using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Creation failed: the message (never a stack trace), Retry, or Back to the confirm pop-up.</summary>
internal sealed class FailedScreen : Screen
{
    private readonly IReadOnlyList<ScreenKey> _keys;

    public FailedScreen(string message)
    {
        var form = new FormLayout(this, 2);
        form.Line(new Label { Text = "The access could not be created:" });
        form.Gap();
        ToneLabel text = form.Line(new ToneLabel(Tone.Error) { Text = message, Width = Dim.Fill(), Height = Dim.Auto() });
        // The message (a satellite's own text) may wrap to any number of lines: Retry goes below it, never over it.
        var retry = new Button { Text = "_Retry", IsDefault = true, X = 0, Y = Pos.Bottom(text) + 1 };
        Add(retry);
        retry.Accepting += (_, e) => { e.Handled = true; RetryRequested?.Invoke(this, EventArgs.Empty); };
        _keys = [ScreenKey.Enter(retry, "Retry"), ScreenKey.Alt(retry, "Retry", inStatusBar: false)];
    }

    public override string Heading => "Create Access failed";

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public event EventHandler? RetryRequested;
}
