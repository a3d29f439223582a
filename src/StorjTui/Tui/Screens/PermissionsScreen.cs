using System.Collections.ObjectModel;
using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Time;
using StorjTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Screen 5, Permissions: All or Read/Write/List/Delete; Buckets all or chosen; End date.</summary>
internal sealed class PermissionsScreen : FlowScreen
{
    private static readonly (Permissions Flag, string Label)[] PermissionBoxes =
        [(Permissions.Read, "_Read"), (Permissions.Write, "_Write"), (Permissions.List, "_List"), (Permissions.Delete, "D_elete")];

    // The console's Object Lock Permissions and Bucket Notification Permissions steps, in their order.
    private static readonly (Permissions Flag, string Label)[] ObjectLockBoxes =
    [
        (Permissions.PutObjectRetention, "Put retention"), (Permissions.GetObjectRetention, "Get retention"),
        (Permissions.BypassGovernanceRetention, "Bypass governance retention"),
        (Permissions.PutObjectLegalHold, "Put legal hold"), (Permissions.GetObjectLegalHold, "Get legal hold"),
        (Permissions.PutObjectLockConfiguration, "Put Object Lock config"), (Permissions.GetObjectLockConfiguration, "Get Object Lock config"),
    ];

    private static readonly (Permissions Flag, string Label)[] NotificationBoxes =
        [(Permissions.PutBucketNotificationConfiguration, "Put notification config"), (Permissions.GetBucketNotificationConfiguration, "Get notification config")];

    private static readonly string[] EndDateLabels = ["_No expiration", "1 _day", "1 wee_k", "1 _month", "1 _year", "Da_te"];

    /// <summary>The End date option "Date" (the last one).</summary>
    private const int DateOption = 5;

    private readonly CreateAccessFlow _flow;
    private readonly CheckBox _all = new() { Text = "_All" };
    private readonly List<CheckBox> _boxes = [];
    private readonly List<PermissionBoxGroup> _extraGroups = [];
    private readonly OptionSelector _bucketMode;
    private readonly TextField _filter = new() { Width = 24 };
    private readonly ListView _buckets = new() { Width = 40, Height = 4 };
    private readonly ValueLabel _chosen = new() { Text = "", Width = Dim.Fill() };
    private readonly ValueLabel _noMatch = new() { Text = "", Width = 40, Visible = false };
    private readonly OptionSelector _endDate;
    private readonly TextField _date = new() { Width = 12 };
    private readonly Button _pickDate = new() { Text = "_Open calendar..." };
    private readonly HashSet<string> _selected = new(StringComparer.Ordinal);
    private List<string> _shownBuckets = [];
    private bool _updating;

    public PermissionsScreen(CreateAccessFlow flow)
    {
        _flow = flow;
        var form = new FormLayout(this, 12);
        // All + the four boxes are one Tab stop; Left/Right move between them, Space toggles.
        var group = new View { X = 13, Y = form.Y, Width = Dim.Fill(), Height = 1, CanFocus = true };
        _all.X = 0;
        _all.TabStop = TabBehavior.NoStop;
        group.Add(_all);
        int x = 8;
        foreach ((Permissions flag, string label) in PermissionBoxes)
        {
            var box = new CheckBox { Text = label, X = x, Y = 0, Data = flag, TabStop = TabBehavior.NoStop };
            x += label.Length + 5;
            box.ValueChanged += (_, _) => OnPermissionBox();
            _boxes.Add(box);
            group.Add(box);
        }

        group.KeyDown += OnPermissionGroupKey;
        Add(new Label { X = 0, Y = form.Y, Text = "Permissions" }, group);
        form.Gap();
        // Shown only when the satellite's console shows those steps (objectLockUIEnabled, bucketEventingUIEnabled).
        var features = flow.Setup.SatelliteFeatures;
        if (features.ObjectLockUIEnabled)
        {
            _extraGroups.Add(form.Row("Object Lock", new PermissionBoxGroup(ObjectLockBoxes, 2, 32), 4));
        }

        if (features.BucketEventingUIEnabled)
        {
            _extraGroups.Add(form.Row("Notification", new PermissionBoxGroup(NotificationBoxes, 2, 32)));
        }

        foreach (var extra in _extraGroups)
        {
            extra.Changed += (_, _) => PushPermissions();
        }

        form.Gap();
        _all.ValueChanged += (_, _) => OnAll();

        _bucketMode = form.Row("Buckets", new OptionSelector
        {
            Labels = ["All _buckets", "Only the buckets I _pick (Space marks)"],
            Orientation = Orientation.Horizontal,
            TabBehavior = TabBehavior.NoStop, // one Tab stop for the group; arrows move inside
        });
        form.Row("  _Filter", _filter);
        if (TypesNames)
        {
            form.LastCaption!.Text = "  _Names";
            _noMatch.Width = Dim.Fill();
        }

        _buckets.Y = form.Y;
        _buckets.X = 13;
        _buckets.ShowMarks = true;
        _buckets.MarkMultiple = true;
        Add(_buckets);
        // Drawn where the list is: an empty list would otherwise look like a project without buckets.
        _noMatch.X = 15;
        _noMatch.Height = 2;
        _noMatch.Y = _buckets.Y;
        Add(_noMatch);
        form.Gap(4);
        form.Row("  Chosen", _chosen);

        _endDate = form.Row("End date", new OptionSelector { Labels = EndDateLabels, Orientation = Orientation.Horizontal, TabBehavior = TabBehavior.NoStop });
        form.Row("  Date", _date);
        _pickDate.X = Pos.Right(_date) + 2;
        _pickDate.Y = _date.Y;
        _pickDate.Accepting += (_, e) =>
        {
            e.Handled = true;
            // Asking for the calendar means "an end date on a day": choose Date first, as the user would have to.
            _endDate.Value = DateOption;
            PickDateRequested?.Invoke(this, PickStart());
        };
        Add(_pickDate);
        // Line() puts a view at column 0; the hint belongs under the date field.
        form.Line(new Label { Text = "yyyy-mm-dd, after today; the access ends 23:59:59 local time" }).X = 13;
        AddNext(form);

        LoadFromDraft();
        _bucketMode.ValueChanged += (_, _) => OnBucketMode();
        _filter.ValueChanged += (_, _) => ShowBuckets();
        _buckets.KeyDown += OnBucketKey;
        _endDate.ValueChanged += (_, _) => OnEndDate();
        _date.ValueChanged += (_, _) => OnEndDate();
    }

    public override string Heading => "Permissions";

    public override CreateAccessStep? FlowStep => CreateAccessStep.Permissions;

    public override IReadOnlyList<ScreenKey> Keys =>
    [
        new("Space", "Toggle a permission / mark a bucket", InStatusBar: false),
        new("Filter", "Type in the filter field to narrow the bucket list", InStatusBar: false),
        ScreenKey.Alt(_pickDate, "Pick the end date on a calendar (chooses Date)", inStatusBar: false),
        .. NextKeys,
    ];

    protected override string NextText => "_Continue";

    public override bool HasEnteredData => _flow.HasEnteredData;

    private void LoadFromDraft()
    {
        _updating = true;
        AccessDraft draft = _flow.Draft;
        foreach (CheckBox box in _boxes)
        {
            box.Value = draft.Permissions.HasFlag((Permissions)box.Data!) ? CheckState.Checked : CheckState.UnChecked;
        }

        _all.Value = (draft.Permissions & Permissions.All) == Permissions.All ? CheckState.Checked : CheckState.UnChecked;
        foreach (var extra in _extraGroups)
        {
            extra.Load(draft.Permissions);
        }

        _selected.UnionWith(draft.Buckets);
        if (TypesNames)
        {
            _filter.Text = string.Join(", ", draft.Buckets);
        }

        _bucketMode.Value = draft.AllBuckets ? 0 : 1;
        _endDate.Value = draft.EndDate.Kind switch
        {
            _ when draft.EndDateText is not null => 5,
            EndDateKind.Preset => 1 + (int)draft.EndDate.Preset!.Value,
            EndDateKind.None => 0,
            _ => DateOption,
        };
        if (draft.EndDateText is { } typed)
        {
            _date.Text = typed;
        }
        else if (draft.EndDate.Kind is not EndDateKind.None and not EndDateKind.Preset && draft.EndDate.Value is { } v)
        {
            _date.Text = v.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        _updating = false;
        ShowBuckets();
        UpdateEnabled();
    }

    private void OnPermissionGroupKey(object? sender, Key key)
    {
        int step = key == Key.CursorRight ? 1 : key == Key.CursorLeft ? -1 : 0;
        if (step == 0)
        {
            return;
        }

        List<CheckBox> order = [_all, .. _boxes];
        int at = order.FindIndex(b => b.HasFocus);
        int next = at + step;
        if (at >= 0 && next >= 0 && next < order.Count)
        {
            order[next].SetFocus();
        }

        key.Handled = true;
    }

    private void OnAll()
    {
        if (_updating)
        {
            return;
        }

        _updating = true;
        bool all = _all.Value == CheckState.Checked;
        foreach (CheckBox box in _boxes)
        {
            box.Value = all ? CheckState.Checked : CheckState.UnChecked;
        }

        _updating = false;
        PushPermissions();
    }

    private void OnPermissionBox()
    {
        if (_updating)
        {
            return;
        }

        _updating = true;
        _all.Value = _boxes.All(b => b.Value == CheckState.Checked) ? CheckState.Checked : CheckState.UnChecked;
        _updating = false;
        PushPermissions();
    }

    private void PushPermissions()
    {
        if (_updating)
        {
            return;
        }

        Permissions chosen = _boxes.Where(b => b.Value == CheckState.Checked)
            .Aggregate(Permissions.None, (acc, b) => acc | (Permissions)b.Data!);
        chosen = _extraGroups.Aggregate(chosen, (acc, g) => acc | g.Chosen);
        _flow.SetPermissions(chosen);
        ShowProblems([]);
    }

    private void OnBucketMode()
    {
        UpdateEnabled();
        PushBuckets();
    }

    private void UpdateEnabled()
    {
        bool choose = _bucketMode.Value == 1;
        _filter.Enabled = choose;
        _buckets.Enabled = choose;
        _date.Enabled = _endDate.Value == DateOption;
        SetNeedsDraw();
    }

    /// <summary>
    /// An access grant connection cannot list the project's buckets (the console API needs a login): the field takes
    /// the bucket names instead of filtering a list.
    /// </summary>
    private bool TypesNames => _flow.Setup.CurrentPassphrase == CurrentPassphrase.AccessGrantKey && _flow.Setup.Buckets.Count == 0;

    private string[] TypedNames() =>
        _filter.Text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void ShowBuckets()
    {
        if (TypesNames)
        {
            _buckets.Visible = false;
            _noMatch.Visible = true;
            _noMatch.Text = "This access grant cannot list the project's buckets:\ntype their names in the field above, separated by commas.";
            if (_bucketMode.Value == 1)
            {
                PushBuckets();
            }

            UpdateChosen();
            return;
        }

        string term = _filter.Text.Trim();
        _shownBuckets = _flow.Setup.Buckets.Where(b => term.Length == 0 || b.Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
        _buckets.SetSource(new ObservableCollection<string>(_shownBuckets));
        for (int i = 0; i < _shownBuckets.Count; i++)
        {
            if (_selected.Contains(_shownBuckets[i]))
            {
                _buckets.SelectedItem = i;
                _buckets.MarkUnmarkSelectedItem();
            }
        }

        _buckets.SelectedItem = _shownBuckets.Count > 0 ? 0 : null;
        _noMatch.Visible = _shownBuckets.Count == 0 && _flow.Setup.Buckets.Count > 0;
        _noMatch.Text = $"No bucket matches \"{term}\".";
        if (_flow.Setup.Buckets.Count == 0)
        {
            _chosen.Text = "This project has no buckets yet.";
        }
        else
        {
            UpdateChosen();
        }
    }

    private void OnBucketKey(object? sender, Key key)
    {
        if (key != Key.Space || _buckets.SelectedItem is not int i || i < 0 || i >= _shownBuckets.Count)
        {
            return;
        }

        key.Handled = true;
        string bucket = _shownBuckets[i];
        if (!_selected.Remove(bucket))
        {
            _selected.Add(bucket);
        }

        _buckets.MarkUnmarkSelectedItem();
        PushBuckets();
    }

    private void PushBuckets()
    {
        bool choose = _bucketMode.Value == 1;
        // Keep the project's order so the confirm rows read like the console's list.
        _flow.SetBuckets(!choose ? [] : TypesNames ? TypedNames() : _flow.Setup.Buckets.Where(_selected.Contains));
        UpdateChosen();
        ShowProblems([]);
    }

    private void UpdateChosen()
    {
        _chosen.Text = _bucketMode.Value == 1 && TypesNames
            ? (_flow.Draft.Buckets.Count == 0 ? "none typed yet (then all buckets are allowed)" : string.Join(", ", _flow.Draft.Buckets))
            : _bucketMode.Value == 1
            ? (_selected.Count == 0 ? "none marked yet (then all buckets are allowed)" : string.Join(", ", _flow.Setup.Buckets.Where(_selected.Contains)))
            : "all buckets";
        SetNeedsDraw();
    }

    private void OnEndDate()
    {
        if (_updating)
        {
            return;
        }

        UpdateEnabled();
        string? problem = _endDate.Value switch
        {
            0 => Set(EndDate.None),
            // The flow keeps the text as typed, empty included, and refuses Next until it is a date.
            DateOption => _flow.SetEndDate(_date.Text),
            int n => SetPreset((EndDatePreset)(n - 1)),
            _ => null,
        };
        ShowProblems(problem is null ? [] : [problem]);
    }

    private string? Set(EndDate date)
    {
        _flow.SetEndDate(date);
        return null;
    }

    private string? SetPreset(EndDatePreset preset)
    {
        _flow.SetEndDate(preset);
        return null;
    }

    /// <summary>The calendar button asks for the date picker, starting at this date.</summary>
    public event EventHandler<DateTime>? PickDateRequested;

    /// <summary>Puts a picked date in the date field (checked by the flow like a typed one).</summary>
    public void SetPickedDate(DateOnly date)
    {
        _date.Text = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        _date.SetFocus();
    }

    /// <summary>What is wrong with ending the access on a picked day (the flow's rule), or null.</summary>
    public string? CheckEndDay(DateOnly day) => _flow.CheckEndDate(day);

    /// <summary>The field's date when it holds one, else tomorrow (the first day the console accepts).</summary>
    private DateTime PickStart() =>
        DateTime.TryParseExact(_date.Text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateTime typed)
            ? typed
            : _flow.Today.AddDays(1).ToDateTime(TimeOnly.MinValue);
}
