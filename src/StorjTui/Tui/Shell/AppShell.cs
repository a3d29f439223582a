using StorjTui.Core.Flow;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Terminal;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Shell;

/// <summary>
/// The one main window. Its content is whatever screen the flow's current state asks for; below it a
/// notice line (copy confirmations, errors) and the status bar with the keys that matter now.
/// Pop-ups (confirm, help) are drawn inside this window, never as nested modal run loops.
/// </summary>
internal sealed class AppShell : Window
{
    private readonly View _content;
    private readonly Label _notice;
    private readonly Label _status;
    private readonly Label _tooSmall = new()
    {
        X = 0, Y = Pos.Center(), Width = Dim.Fill(), Height = 2,
        TextAlignment = Alignment.Center, Visible = false,
    };
    private View? _focusBeforeTooSmall;
    private string _noticeText = "";
    private Overlay? _overlay;
    private IApplication? _app;
    private bool _running;

    public AppShell()
    {
        Title = "StorjTui";
        BorderStyle = global::Terminal.Gui.Drawing.LineStyle.Single;
        _content = new ContentArea { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(2), CanFocus = true };
        _notice = new ValueLabel { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1, Text = "" };
        _status = new ToneLabel(Tone.Hint) { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, Text = "" };
        Add(_content, _notice, _status, _tooSmall);
        FrameChanged += (_, _) => { FitToWindow(); LayOutNotice(); RefreshStatus(); };
    }

    /// <summary>The smallest window every screen fits in whole (the screen tour checks each screen at this size).</summary>
    public static readonly System.Drawing.Size Needed = new(80, 24);

    /// <summary>True while the window is smaller than <see cref="Needed"/>: the screen is hidden behind a notice.</summary>
    public bool TooSmall => _tooSmall.Visible;

    /// <summary>ASCII only: boxes and options get visible "[ ]"/"( )" marks (set before the first screen).</summary>
    public bool AsciiOnly { get; init; }

    /// <summary>The terminal's look: each screen and pop-up is painted in its colours when shown.</summary>
    public TerminalLook Look { get; init; } = new(false, false);

    /// <summary>The screen on display.</summary>
    public Screen? Current { get; private set; }

    /// <summary>True while a pop-up (confirm or help) covers the screen.</summary>
    public bool HasOverlay => _overlay is not null;

    /// <summary>The text of the pop-up on display, for tests and diagnostics.</summary>
    public string? OverlayTitle => _overlay?.Title;

    /// <summary>Esc was pressed with no pop-up open: the presenter decides what Back means now.</summary>
    public event EventHandler? BackRequested;

    /// <summary>Ctrl-Q was pressed and confirmed (or needed no confirmation).</summary>
    public event EventHandler? QuitRequested;

    /// <summary>What to confirm before quitting (e.g. keys not saved yet), asked of the flow by the router; null: quit at once.</summary>
    public Func<string?>? QuitWarning { get; set; }

    /// <summary>Hooks the shell's own keys (F1, Esc, Ctrl-Q) in front of every view.</summary>
    public void Attach(IApplication app)
    {
        _app = app;
        app.Keyboard.KeyDown += OnAppKeyDown;
        // Focus set before the window runs is lost: put it into the screen once the session begins.
        app.SessionBegun += OnSessionBegun;
    }

    private void OnSessionBegun(object? sender, SessionTokenEventArgs e)
    {
        _running = true;
        FocusCurrent();
    }

    /// <summary>Puts focus on the first field of the pop-up, or else of the screen.</summary>
    public void FocusCurrent()
    {
        // Focus set before the session runs is lost and leaves stale state behind: wait for the session.
        if (!_running)
        {
            return;
        }

        View? target = (View?)_overlay ?? Current;
        target?.SetFocus();
        if ((_overlay is null ? Current?.InitialFocus : _overlay.InitialFocus) is { } first)
        {
            first.SetFocus();
        }
        else
        {
            target?.FocusDeepest(NavigationDirection.Forward, null);
        }
    }

    /// <summary>Replaces the content with <paramref name="screen"/> and focuses it.</summary>
    public void Show(Screen screen)
    {
        CloseOverlay();
        if (Current is { } old && !ReferenceEquals(old, screen))
        {
            _content.Remove(old);
            if (!old.KeepAlive)
            {
                old.Forget();
                old.Dispose();
            }
        }

        if (Current is { } previous)
        {
            previous.SubViewAdded -= OnScreenGrew;
        }

        Current = screen;
        if (screen.SuperView is null)
        {
            _content.Add(screen);
        }

        screen.SubViewAdded += OnScreenGrew;

        SetUpViews(screen);

        screen.Showing();
        Title = WindowTitle(screen.FlowStep, screen.Heading);
        SetNotice("");
        RefreshStatus();
        FocusCurrent();
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>"StorjTui - Step 3 of 6 · Access encryption" on a create-flow step, else "StorjTui - heading".</summary>
    private string WindowTitle(CreateAccessStep? step, string heading) =>
        "StorjTui - " + (step is { } flowStep && CreateAccessSteps.Position(flowStep) is { } position
            ? $"Step {position.Number} of {position.Count} {(AsciiOnly ? "-" : "·")} {heading}"
            : heading);

    /// <summary>
    /// Below <see cref="Needed"/>, a partial screen would cut values (a secret key, passphrase words) without a
    /// sign: hide it and say how big to make the window. Nothing is lost; it all comes back when the window grows.
    /// </summary>
    private void FitToWindow()
    {
        bool tooSmall = Frame.Width < Needed.Width || Frame.Height < Needed.Height;
        ShowTooSmallText();
        if (tooSmall == _tooSmall.Visible)
        {
            return;
        }

        if (tooSmall)
        {
            _focusBeforeTooSmall = _app?.Navigation?.GetFocused();
        }

        _tooSmall.Visible = tooSmall;
        _content.Visible = !tooSmall && _overlay?.FlowStep is null;
        _notice.Visible = !tooSmall;
        if (_overlay is not null)
        {
            _overlay.Visible = !tooSmall;
        }

        RefreshStatus();
        if (!tooSmall)
        {
            // Only where it still is in the pop-up or screen in force: a pop-up opened while the window was too small
            // (Quit?) takes the focus on its default button, not a view behind it, nor its first button.
            if (_focusBeforeTooSmall is { SuperView: not null } before && ActiveScope is { } scope && IsWithin(before, scope))
            {
                before.SetFocus();
            }
            else
            {
                FocusCurrent();
            }

            _focusBeforeTooSmall = null;
        }

        SetNeedsLayout();
        SetNeedsDraw();
    }

    private static bool IsWithin(View view, View scope)
    {
        for (View? at = view; at is not null; at = at.SuperView)
        {
            if (ReferenceEquals(at, scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The size to make the window, and while Quit? waits hidden behind the notice what a second Ctrl-Q loses: the
    /// status line offers Ctrl-Q, and the keys shown once must not go without the warning being seen.
    /// </summary>
    private void ShowTooSmallText()
    {
        string text = $"Make the window at least {Needed.Width}x{Needed.Height}\n(it is {Frame.Width}x{Frame.Height} now).";
        if (_overlay is ConfirmOverlay { Title: QuitTitle } quit)
        {
            text += "\n\n" + string.Join('\n', WrappedText.Lines($"{quit.Message} Ctrl-Q again quits; a bigger window shows the question.", LineWidth));
        }

        _tooSmall.Text = text;
        _tooSmall.Height = text.Split('\n').Length;
    }

    /// <summary>
    /// The content area, the notice and the status line clear every cell of the window between them whenever the
    /// screen shows (see <see cref="SpanningViews"/>); the window clears itself only around a smaller view (the
    /// too-small notice, a step pop-up).
    /// </summary>
    protected override bool OnClearingViewport() => SpanningViews.Cover(this);

    /// <summary>Shows a notice above the status bar (never a secret), wrapped onto more lines when long.</summary>
    public void SetNotice(string text) => SetNotice(text, Tone.Body);

    /// <summary>Shows a notice in a tone (a warning in amber, an error in red).</summary>
    public void SetNotice(string text, Tone tone)
    {
        _noticeText = text;
        StorjTheme.Tint(_notice, tone, Look.Depth);
        LayOutNotice();
        SetNeedsDraw();
    }

    public string Notice => _noticeText;

    /// <summary>The width a line of the window has (before the first layout: the smallest window's).</summary>
    private int LineWidth => Viewport.Width > 0 ? Viewport.Width : Needed.Width - 2;

    /// <summary>A long notice (saved file paths, an error) takes more lines, whole, and the screen above gives them room.</summary>
    private void LayOutNotice()
    {
        IReadOnlyList<string> lines = WrappedText.Lines(_noticeText, LineWidth);
        if (_notice.Text == string.Join('\n', lines) && _notice.Frame.Height == lines.Count)
        {
            return;
        }

        _notice.Text = string.Join('\n', lines);
        _notice.Height = lines.Count;
        _notice.Y = Pos.AnchorEnd(lines.Count + 1);
        _content.Height = Dim.Fill(lines.Count + 1);
        SetNeedsLayout();
    }

    /// <summary>The key table in force: the pop-up's while one is open, else the screen's.</summary>
    public IReadOnlyList<ScreenKey> ActiveKeys => _overlay?.Keys ?? Current?.Keys ?? [];

    /// <summary>The view whose key table is in force: the pop-up while one is open, else the screen.</summary>
    public View? ActiveScope => (View?)_overlay ?? Current;

    /// <summary>The last table row a key press ran (for tests and diagnostics).</summary>
    public ScreenKey? LastKeyRun { get; private set; }

    /// <summary>Refreshes the status bar from the key table in force (the pop-up's while one is open).</summary>
    public void RefreshStatus()
    {
        if (TooSmall)
        {
            _status.Text = "Ctrl-Q Quit";
            return;
        }

        List<ScreenKey> screenKeys = [.. ActiveKeys.Where(k => k.InStatusBar)];
        List<ScreenKey> common = [.. CommonKeys().Where(k => k.InStatusBar)];
        // Help, Back and Quit always show whole; a screen key that does not fit is left to F1's list.
        for (int shown = screenKeys.Count; shown >= 0; shown--)
        {
            _status.Text = string.Join("  ", screenKeys.Take(shown).Concat(common).Select(k => $"{k.Name} {ShortWord(k.Description)}"));
            if (_status.Text.Length <= LineWidth)
            {
                break;
            }
        }
    }

    /// <summary>
    /// Asks a question in a pop-up drawn inside the window. <paramref name="answer"/> gets true for the
    /// first button, false for the second or Esc. The first button is the default unless
    /// <paramref name="noIsDefault"/>: for questions where yes loses something (unsaved keys, a file), Enter
    /// must keep things as they are.
    /// </summary>
    /// <param name="overPopUp">Asked over the open pop-up, which comes back as it was before <paramref name="answer"/> runs.</param>
    public void Confirm(string title, string message, string yes, string no, Action<bool> answer, bool noIsDefault = false, bool overPopUp = false)
    {
        Action<bool> back = overPopUp ? SetAsidePopUp() : _ => { };
        ShowOverlay(new ConfirmOverlay(title, message, yes, no, result =>
        {
            CloseOverlay();
            back(true);
            answer(result);
        }, noIsDefault));
    }

    /// <summary>Shows any pop-up view (confirm details, typed-name delete) inside the window.</summary>
    public void ShowOverlay(Overlay overlay)
    {
        CloseOverlay();
        _overlay = overlay;
        overlay.Visible = !TooSmall;
        if (overlay.FlowStep is { } step)
        {
            Title = WindowTitle(step, overlay.Title);
        }

        _content.Enabled = false;
        // A step pop-up (Confirm details) is a screen of its own: nothing of the step before shows around it.
        _content.Visible = !TooSmall && overlay.FlowStep is null;
        Add(overlay);
        SetUpViews(overlay);
        if (TooSmall)
        {
            ShowTooSmallText();
        }

        RefreshStatus();
        FocusCurrent();
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>A screen puts some views on itself only once they are needed (Connect's fields): they get the look too.</summary>
    private void OnScreenGrew(object? sender, SuperViewChangedEventArgs e)
    {
        if (e.SubView is { } view)
        {
            SetUpViews(view);
        }
    }

    /// <summary>What every screen, pop-up and late-added view gets: Tab onto chosen options, the look, and ASCII marks when asked.</summary>
    private void SetUpViews(View view)
    {
        ChosenOptionFocus.Apply(view);
        Look.Paint(view);
        if (AsciiOnly)
        {
            AsciiChoiceMarks.Apply(view);
        }
    }

    public void CloseOverlay()
    {
        if (_overlay is null)
        {
            return;
        }

        Overlay closing = _overlay;
        _overlay = null;
        Remove(closing);
        closing.Dispose();
        if (Current is { } screen)
        {
            Title = WindowTitle(screen.FlowStep, screen.Heading);
        }

        _content.Enabled = true;
        _content.Visible = !TooSmall;
        if (TooSmall)
        {
            ShowTooSmallText();
        }

        RefreshStatus();
        FocusCurrent();
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>The shell's keys that work now: Esc only where Back does something (on a pop-up it always closes it).</summary>
    private IEnumerable<ScreenKey> CommonKeys() =>
        ShellKeys.Common.Where(k => _overlay is not null || Current?.CanGoBack != false || k.Name != ShellKeys.BackName);

    /// <summary>F1: the keys of the pop-up if one is open (it comes back when the help closes), else of the screen.</summary>
    private void ShowHelp()
    {
        string heading = _overlay?.Title ?? Current?.Heading ?? "StorjTui";
        IReadOnlyList<ScreenKey> keys = [.. _overlay?.Keys ?? Current?.Keys ?? [], .. CommonKeys()];
        StorjTui.Core.Flow.CreateAccessStep? step = _overlay?.FlowStep;
        Action<bool> back = SetAsidePopUp();
        ShowOverlay(new HelpOverlay(heading, keys, () =>
        {
            CloseOverlay();
            back(true);
        }, step));
    }

    /// <summary>
    /// Takes the open pop-up off the screen without closing it, so a question or the help can be shown over it (there
    /// is one pop-up at a time). The action returned brings it back as it was (true, if nothing else opened since) or
    /// closes it for good (false).
    /// </summary>
    private Action<bool> SetAsidePopUp()
    {
        Overlay? under = _overlay;
        if (under is null)
        {
            return _ => { };
        }

        _overlay = null;
        Remove(under);
        return restore =>
        {
            if (restore && _overlay is null)
            {
                ShowOverlay(under);
            }
            else
            {
                under.Dispose();
            }
        };
    }

    private void OnAppKeyDown(object? sender, Key key)
    {
        if (TooSmall && key != ShellKeys.Quit && key != ShellKeys.Copy)
        {
            // Nothing on screen to act on: a key must not press a button the user cannot see.
            key.Handled = true;
        }
        else if (key == ShellKeys.Quit)
        {
            key.Handled = true;
            RequestQuit();
        }
        else if (_app?.Navigation?.GetFocused() is TextField field && FieldLimits.Refuses(field, key))
        {
            // A long paste arrives key by key: refuse the rest cheaply (see FieldLimits) and say so once.
            key.Handled = true;
            string notice = FieldLimits.Notice(field);
            if (_noticeText != notice)
            {
                SetNotice(notice, Tone.Warning);
            }
        }
        else if (key == ShellKeys.Help)
        {
            key.Handled = true;
            if (_overlay is HelpOverlay help)
            {
                help.Dismiss();
            }
            else
            {
                ShowHelp();
            }
        }
        else if (key == Key.Enter ? ActivateDefault() : !IsTypingInField(key) && RunBound(key))
        {
            key.Handled = true;
        }
        else if (key == ShellKeys.Copy && !FocusedTextHasSelection())
        {
            // Terminal.Gui binds Ctrl-C to Copy, which does nothing without a selection: people mean "quit".
            key.Handled = true;
            RequestQuit();
        }
        else if (key == ShellKeys.Back)
        {
            key.Handled = true;
            if (_overlay is not null)
            {
                _overlay.Dismiss();
            }
            else if (Current?.CanGoBack != false)
            {
                BackRequested?.Invoke(this, EventArgs.Empty);
            }
        }
    }

    /// <summary>
    /// Enter anywhere but on a button or a list runs the table's Enter row (the default button), so Enter in a
    /// text field or an option group goes Next as people expect. In an option group Enter first chooses the
    /// highlighted option (Terminal.Gui's own meaning of Enter there), so what is highlighted is what is used.
    /// </summary>
    private bool ActivateDefault()
    {
        View? focused = _app?.Navigation?.GetFocused();
        if (focused is Button or ListView or TableView || focused is { SuperView: ListView })
        {
            return false;
        }

        if (focused is CheckBox { SuperView: OptionSelector group } option)
        {
            group.Value = group.GetCheckBoxValue(option);
        }

        return RunBound(Key.Enter);
    }

    /// <summary>Runs the row of the table in force bound to <paramref name="key"/>, if it applies now.</summary>
    private bool RunBound(Key key)
    {
        foreach (ScreenKey row in ActiveKeys)
        {
            if (row.Key is { } bound && bound == key && row.Act is { } act && act())
            {
                LastKeyRun = row;
                return true;
            }
        }

        return false;
    }

    /// <summary>A key without Ctrl or Alt in a text field is typing (Del deletes a character), never a table key.</summary>
    private bool IsTypingInField(Key key) =>
        _app?.Navigation?.GetFocused() is TextField
        && (key.KeyCode & (KeyCode.CtrlMask | KeyCode.AltMask)) == 0;

    private bool FocusedTextHasSelection() => _app?.Navigation?.GetFocused() switch
    {
        TextField field => field.SelectedLength > 0,
        _ => false,
    };

    private const string QuitTitle = "Quit?";

    private void RequestQuit()
    {
        string? warning = QuitWarning?.Invoke();
        // Ctrl-Q again on the Quit? question confirms it; any other open question (Close without saving?)
        // is no answer to Quit?, so it is asked in its place.
        if (warning is null || _overlay is ConfirmOverlay { Title: QuitTitle })
        {
            QuitRequested?.Invoke(this, EventArgs.Empty);
            return;
        }

        // The pop-up under the question (Download all with a typed folder, Close without saving?): Stay brings it back.
        Action<bool> back = SetAsidePopUp();
        Confirm(QuitTitle, warning, "_Quit", "_Stay", quit =>
        {
            if (quit)
            {
                QuitRequested?.Invoke(this, EventArgs.Empty);
            }

            back(!quit);
        }, noIsDefault: true);
    }

    private static string ShortWord(string description)
    {
        int cut = description.IndexOfAny([':', '(']);
        return (cut > 0 ? description[..cut] : description).Trim();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _app is not null)
        {
            _app.Keyboard.KeyDown -= OnAppKeyDown;
            _app.SessionBegun -= OnSessionBegun;
            _app = null;
        }

        base.Dispose(disposing);
    }
}
