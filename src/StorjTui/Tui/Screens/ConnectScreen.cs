using System.Text;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Screen 1, Connect: the sandbox, a Storj satellite (email + password or a REST API key), or an access grant.</summary>
internal sealed class ConnectScreen : Screen
{
    private static readonly string[] TargetLabels =
    [
        "Sandbox (no account, runs on this machine)",
        "us1.storj.io (Americas)",
        "eu1.storj.io (Europe)",
        "ap1.storj.io (Asia-Pacific)",
        "Custom satellite",
        "Existing access grant",
    ];

    private readonly OptionSelector _target;
    private readonly OptionSelector _login;
    private readonly TextField _url = new() { Width = 50 };
    private readonly TextField _email = new() { Width = 40 };
    private readonly TextField _password = new() { Width = 40, Secret = true };
    private readonly TextField _mfa = new() { Width = 10 };
    private readonly Label _mfaCaption = new() { X = 0, Text = "MFA code", Width = 16 };
    private bool _mfaAsked;
    private bool _busy;
    private readonly TextField _restKey = new() { Width = 50, Secret = true };
    private readonly Label _passwordCaption;
    private readonly Label _emailCaption;
    private readonly TextField _grant = new() { Width = 50, Secret = true };
    // CanFocus: a container that cannot take focus is skipped by Tab, fields and all.
    private readonly View _satelliteFields = new() { Width = Dim.Fill(), Height = 5, CanFocus = true };
    private readonly View _grantFields = new() { Width = Dim.Fill(), Height = 2, CanFocus = true };
    private readonly ProblemLabel _problems = new();
    private readonly Button _connect;

    public ConnectScreen(ConnectTarget initial = ConnectTarget.Sandbox, string? lastEmail = null)
    {
        // A grant carries the API key's caveats: longer than the other fields' limit, far below this one.
        FieldLimits.Allow(_grant, 16 * 1024);
        var form = new FormLayout(this, 16);
        form.Line(new Label { Text = "Where do you want to create credentials?" });
        form.Gap();
        // Tab behaviour and orientation before the labels: setting either rebuilds a selector's boxes (Terminal.Gui
        // 2.5.0), so set after the labels each built every box twice on the way to the first frame.
        _target = form.Row("Connect to", new OptionSelector { TabBehavior = TabBehavior.NoStop, Labels = TargetLabels, Value = (int)initial }, TargetLabels.Length);
        form.Gap();

        int top = form.Y;
        _satelliteFields.Y = top;
        var sat = new FormLayout(_satelliteFields, 16);
        sat.Row("Satellite URL", _url);
        _login = sat.Row("Log in with", new OptionSelector { Orientation = Orientation.Horizontal, TabBehavior = TabBehavior.NoStop, Labels = ["Email and password", "Console REST API key"], Value = 0 });
        sat.Row("Email", _email);
        _emailCaption = sat.LastCaption!;
        sat.Row("Password", _password);
        _passwordCaption = sat.LastCaption!;
        // The REST key field takes the password's place; added now, since adding a TextField later while the
        // group has focus makes Terminal.Gui 2.5.0 bind its context-menu key twice and throw.
        _restKey.X = _password.X;
        _restKey.Y = _password.Y;
        _restKey.Visible = false;
        _satelliteFields.Add(_restKey);
        // Shown only after the satellite said this account needs a two-factor code, as the console does.
        _mfaCaption.Y = _mfa.Y = sat.Y;
        _mfa.X = 17;
        _satelliteFields.Add(_mfaCaption, _mfa);
        _email.Text = lastEmail ?? "";

        _grantFields.Y = top;
        var grant = new FormLayout(_grantFields, 16);
        grant.Row("Access grant", _grant);
        // A masked paste cannot be checked by eye: Show reveals it (the grant stays in memory only either way). A
        // check box, not a button: Enter on it still connects.
        var showGrant = new CheckBox { Text = "S_how", X = Pos.Right(_grant) + 1, Y = _grant.Y };
        showGrant.ValueChanged += (_, _) => _grant.Secret = showGrant.Value != CheckState.Checked;
        _grantFields.Add(showGrant);
        grant.Line(new Label { Text = "Paste the serialized grant (starts with 1). It is kept in memory only." });

        _connect = new Button { Text = "_Connect", IsDefault = true, X = 0, Y = top + 6 };
        _connect.Accepting += (_, e) => { e.Handled = true; Submit(); };
        _problems.Y = top + 8;
        Add(_connect, _problems);

        _target.ValueChanged += (_, _) => UpdateFields();
        _login.ValueChanged += (_, _) => UpdateFields();
        UpdateFields();
    }

    /// <summary>The message for Connect with an empty REST API key field.</summary>
    public const string RestKeyMissing = "Paste your console REST API key (Storj console: Account settings, API keys) into the REST API key field.";

    public override string Heading => "Connect";

    public override IReadOnlyList<ScreenKey> Keys =>
    [
        new("Up/Down", "Choose where to connect", InStatusBar: false),
        ScreenKey.Enter(_connect, "Connect"),
        ScreenKey.Alt(_connect, "Connect", inStatusBar: false),
    ];

    public override bool HasEnteredData =>
        !string.IsNullOrEmpty(_password.Text) || !string.IsNullOrEmpty(_restKey.Text) || !string.IsNullOrEmpty(_grant.Text);

    /// <summary>The user asked to connect.</summary>
    public event EventHandler<ConnectRequest>? ConnectRequested;

    public ConnectTarget Target => (ConnectTarget)(_target.Value ?? 0);

    public void ShowProblem(string message)
    {
        _busy = false;
        _problems.Show([message]);
    }

    public void ShowBusy(string message)
    {
        _busy = true;
        _problems.Text = message;
    }

    /// <summary>Coming back to Connect (Back from the project list): a "Connecting..." from before is stale.</summary>
    public override void Showing()
    {
        if (_busy)
        {
            _busy = false;
            _problems.Clear();
        }
    }

    /// <summary>The satellite answered that this account needs a two-factor code: show the field (the message follows as a problem).</summary>
    public void AskMfa()
    {
        _mfaAsked = true;
        UpdateFields();
        _mfa.SetFocus();
    }

    /// <summary>True once the MFA code field is shown.</summary>
    public bool AsksMfa => _mfa.Visible;

    private bool UsesRestKey => _login.Value == 1;

    /// <summary>
    /// Puts a target's fields on the screen the first time that target is chosen, before the Connect button (Tab
    /// order). Terminal.Gui lays out hidden views too: attached from the start, the fields of the targets not
    /// chosen cost the first frame ~10 M instructions (~4%) on a screen that opens on the sandbox.
    /// </summary>
    private void Attach(View fields)
    {
        if (fields.SuperView is not null)
        {
            return;
        }

        Add(fields);
        while (SubViews.TakeWhile(v => v != fields).Count() > SubViews.TakeWhile(v => v != _connect).Count())
        {
            MoveSubViewTowardsStart(fields);
        }
    }

    private void UpdateFields()
    {
        ConnectTarget target = Target;
        bool satellite = target is ConnectTarget.Us1 or ConnectTarget.Eu1 or ConnectTarget.Ap1 or ConnectTarget.CustomSatellite;
        if (satellite)
        {
            Attach(_satelliteFields);
        }
        else if (target == ConnectTarget.ExistingAccessGrant)
        {
            Attach(_grantFields);
        }

        _satelliteFields.Visible = satellite;
        _grantFields.Visible = target == ConnectTarget.ExistingAccessGrant;
        _url.Enabled = target == ConnectTarget.CustomSatellite;
        _url.Text = target switch
        {
            ConnectTarget.Us1 => "https://us1.storj.io",
            ConnectTarget.Eu1 => "https://eu1.storj.io",
            ConnectTarget.Ap1 => "https://ap1.storj.io",
            ConnectTarget.CustomSatellite when _url.Text.Contains(".storj.io", StringComparison.Ordinal) => "",
            _ => _url.Text,
        };
        _email.Enabled = _password.Enabled = _mfa.Enabled = !UsesRestKey;
        // A disabled e-mail with its old value reads as if it were still used: the REST key needs none.
        _email.Visible = _emailCaption.Visible = !UsesRestKey;
        _mfa.Visible = _mfaCaption.Visible = _mfaAsked && !UsesRestKey;
        _restKey.Visible = UsesRestKey;
        _password.Visible = !UsesRestKey;
        _passwordCaption.Text = UsesRestKey ? "REST API key" : "Password";

        _problems.Clear();
        SetNeedsLayout();
        SetNeedsDraw();
    }

    private void Submit()
    {
        _problems.Clear();
        ConnectTarget target = Target;
        if (target is not (ConnectTarget.Sandbox or ConnectTarget.ExistingAccessGrant) && UsesRestKey && string.IsNullOrEmpty(_restKey.Text))
        {
            ShowProblem(RestKeyMissing);
            return;
        }

        ConnectRequest request = target switch
        {
            ConnectTarget.Sandbox => new ConnectRequest(target),
            ConnectTarget.ExistingAccessGrant => new ConnectRequest(target, AccessGrant: Bytes(_grant.Text)),
            _ when UsesRestKey => new ConnectRequest(target, _url.Text, RestApiKey: Bytes(_restKey.Text)),
            _ => new ConnectRequest(target, _url.Text, _email.Text, Bytes(_password.Text), string.IsNullOrWhiteSpace(_mfa.Text) ? null : _mfa.Text.Trim()),
        };
        ConnectRequested?.Invoke(this, request);
    }

    private static byte[]? Bytes(string text) => string.IsNullOrEmpty(text) ? null : Encoding.UTF8.GetBytes(text);

    public override void Forget()
    {
        _password.Text = "";
        _restKey.Text = "";
        _grant.Text = "";
    }
}
