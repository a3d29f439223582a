using Terminal.Gui.ViewBase;

namespace StorjTui.Tui.Shell;

/// <summary>A pop-up drawn inside the shell (centred, framed); Esc calls <see cref="Dismiss"/>.</summary>
internal abstract class Overlay : View
{
    protected Overlay(string title)
    {
        Title = title;
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Auto(minimumContentDim: 40, maximumContentDim: Dim.Percent(96));
        Height = Dim.Auto();
        BorderStyle = global::Terminal.Gui.Drawing.LineStyle.Double;
        CanFocus = true;
        Arrangement = ViewArrangement.Fixed;
    }

    /// <summary>The create-flow step this pop-up is (for the stepper in the title); null for most pop-ups.</summary>
    public virtual StorjTui.Core.Flow.CreateAccessStep? FlowStep => null;

    /// <summary>What Esc does on this pop-up (usually the same as its cancel button).</summary>
    public abstract void Dismiss();

    /// <summary>The pop-up's key table (the status bar lists it while the pop-up is open).</summary>
    public virtual IReadOnlyList<ScreenKey> Keys => [];

    /// <summary>The view focused when the pop-up opens; null for the first one.</summary>
    public virtual View? InitialFocus => null;
}
