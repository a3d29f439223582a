using StorjTui.Tui.Screens;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>
/// A yes/no question drawn inside the shell. The default button (Enter, and the focus) is the first one, or the
/// second when <c>noIsDefault</c>: the safe answer for questions whose yes loses something.
/// </summary>
internal sealed class ConfirmOverlay : Overlay
{
    private readonly Action<bool> _answer;
    private readonly Button _default;
    private readonly IReadOnlyList<ScreenKey> _keys;
    private bool _answered;

    public ConfirmOverlay(string title, string message, string yes, string no, Action<bool> answer, bool noIsDefault = false)
        : base(title)
    {
        _answer = answer;
        Message = message;
        var text = new ValueLabel { X = 1, Y = 0, Text = message, Width = Dim.Auto(maximumContentDim: 70) };
        var yesButton = new Button { Text = yes, IsDefault = !noIsDefault, X = 1, Y = Pos.Bottom(text) + 1 };
        var noButton = new Button { Text = no, IsDefault = noIsDefault, X = Pos.Right(yesButton) + 2, Y = Pos.Top(yesButton) };
        _default = noIsDefault ? noButton : yesButton;
        yesButton.Accepting += (_, e) => { e.Handled = true; Answer(true); };
        noButton.Accepting += (_, e) => { e.Handled = true; Answer(false); };
        Add(text, yesButton, noButton);
        _keys = [ScreenKey.Enter(_default, _default.Text.Replace("_", "", StringComparison.Ordinal)), .. ScreenKey.AltForEach(yesButton, noButton)];
    }

    /// <summary>The question asked (the shell repeats it where the pop-up cannot be seen).</summary>
    public string Message { get; }

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public override View? InitialFocus => _default;

    public override void Dismiss() => Answer(false);

    private void Answer(bool value)
    {
        if (_answered)
        {
            return;
        }

        _answered = true;
        _answer(value);
    }
}
