using StorjTui.Tui.Presenters;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace StorjTui.Tui.Screens;

/// <summary>
/// One view per flow state, shown inside the app shell. A screen shows what it is given and raises
/// what the user asked for; it never decides where the app goes next.
/// </summary>
internal abstract class Screen : View
{
    protected Screen()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
    }

    /// <summary>The title shown in the window frame.</summary>
    public abstract string Heading { get; }

    /// <summary>The create-flow step this screen is, for the stepper in the title; null outside the create flow.</summary>
    public virtual StorjTui.Core.Flow.CreateAccessStep? FlowStep => null;

    /// <summary>The screen's key table: the shell binds these keys and lists them in the status bar and F1 help.</summary>
    public virtual IReadOnlyList<ScreenKey> Keys => [];

    /// <summary>True when leaving this screen with Esc would lose something the user typed.</summary>
    public virtual bool HasEnteredData => false;

    /// <summary>False while Esc cannot go back (e.g. while the access is being created): Esc is then not offered.</summary>
    public virtual bool CanGoBack => true;

    /// <summary>Set by the presenter for screens it shows again (Back keeps what was typed); the shell then only detaches them.</summary>
    public bool KeepAlive { get; set; }

    /// <summary>The field focused when the screen appears (null: the first one).</summary>
    public virtual View? InitialFocus => null;

    /// <summary>Called each time the shell puts this screen on display (again, after Back).</summary>
    public virtual void Showing() { }

    /// <summary>Clears secrets held by text fields before the screen goes away.</summary>
    public virtual void Forget() { }
}
