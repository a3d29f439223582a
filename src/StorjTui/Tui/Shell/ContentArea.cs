using Terminal.Gui.ViewBase;

namespace StorjTui.Tui.Shell;

/// <summary>The shell's content area: the screen on display fills it.</summary>
internal sealed class ContentArea : View
{
    /// <summary>The screen clears every cell of it that needs drawing (see <see cref="SpanningViews"/>).</summary>
    protected override bool OnClearingViewport() => SpanningViews.Cover(this);
}
