using System.Collections.ObjectModel;
using System.Globalization;
using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>Screen 3, Access: the project's accesses (sortable, searchable), the three Create blocks, and Delete.</summary>
internal sealed class AccessPageScreen : Screen
{
    private readonly TextField _search = new() { Width = 30 };
    private readonly Label _sortLabel = new() { Text = "" };
    private readonly ListView _list = new() { Width = Dim.Fill(), Height = Dim.Fill(4) };
    private readonly ValueLabel _empty = new() { Text = "" };
    private readonly ListView _pendingList = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = 1 };
    private readonly View _pendingBox;
    private readonly Button _resume = new() { Text = "_Resume", X = 0 };
    private readonly Button _abandon = new() { Text = "A_bandon (delete its key)" };
    private readonly IReadOnlyList<ScreenKey> _keys;
    private IReadOnlyList<PendingCreation> _pending = [];
    private IReadOnlyList<AccessSummary> _all = [];
    private List<AccessSummary> _shown = [];
    private AccessSort _sort = AccessSort.CreatedNewestFirst;

    public AccessPageScreen(string projectName, string connection)
    {
        var form = new FormLayout(this, 8);
        form.Line(new ValueLabel { Text = $"Project \"{projectName}\" on {connection}" });
        var s3 = form.Line(new Button { Text = "Create _S3 Credentials", IsDefault = true });
        var grant = new Button { Text = "Create Access _Grant", X = Pos.Right(s3) + 1, Y = s3.Y };
        var api = new Button { Text = "Create _API Key", X = Pos.Right(grant) + 1, Y = s3.Y };
        Add(grant, api);
        form.Gap();
        _pendingBox = NewPendingBox(form.Y);
        Add(_pendingBox);
        _search.ValueChanged += (_, _) => Refresh();
        var searchCaption = new Label { X = 0, Y = Pos.Bottom(_pendingBox), Text = "Searc_h", Width = 8 };
        _search.X = 9;
        _search.Y = Pos.Bottom(_pendingBox);
        _sortLabel.X = Pos.Right(_search) + 2;
        _sortLabel.Y = _search.Y;
        var header = new Label { X = 0, Y = Pos.Bottom(_search), Text = $"{"_Name",-49} Created" };
        Add(searchCaption, _search, _sortLabel, header);
        _list.Y = Pos.Bottom(header);
        Add(_list);
        _empty.X = 0;
        _empty.Y = Pos.Bottom(header);
        // Why nothing is listed can be a long sentence (a grant cannot list accesses): wrapped, never cut.
        _empty.Width = Dim.Fill();
        _empty.Height = Dim.Auto();
        Add(_empty);
        var delete = new Button { Text = "_Delete access", X = 0, Y = Pos.AnchorEnd(2) };
        Add(delete);

        s3.Accepting += (_, e) => { e.Handled = true; CreateRequested?.Invoke(this, AccessType.S3Credentials); };
        grant.Accepting += (_, e) => { e.Handled = true; CreateRequested?.Invoke(this, AccessType.AccessGrant); };
        api.Accepting += (_, e) => { e.Handled = true; CreateRequested?.Invoke(this, AccessType.ApiKey); };
        delete.Accepting += (_, e) => { e.Handled = true; RequestDelete(); };
        // An empty ListView reached by its hotkey (Alt-N, via the "Name" label) selects row 0 and throws.
        _list.HandlingHotKey += (_, e) => e.Handled = _shown.Count == 0;
        _keys =
        [
            ScreenKey.Alt(s3, "Create S3 Credentials"),
            ScreenKey.Enter(s3, "Create S3 Credentials", inStatusBar: false),
            ScreenKey.Alt(grant, "Create Access Grant", inStatusBar: false),
            ScreenKey.Alt(api, "Create API Key", inStatusBar: false),
            ScreenKey.On(Key.Delete, "Delete access (revokes it)", RequestDelete),
            ScreenKey.On(Key.D.WithCtrl, "Delete access (revokes it)", RequestDelete, inStatusBar: false),
            ScreenKey.Alt(delete, "Delete access (revokes it)", inStatusBar: false),
            ScreenKey.On(Key.O.WithCtrl, "Sort by name / created", NextSort, inStatusBar: false),
            ScreenKey.On(searchCaption.HotKey.WithAlt, "Search: type to filter by name", () => _search.SetFocus(), inStatusBar: false),
            ScreenKey.On(header.HotKey.WithAlt, "Go to the list of accesses", FocusList, inStatusBar: false),
            ScreenKey.Alt(_resume, "Resume / abandon an unfinished creation (when listed)", inStatusBar: false),
            ScreenKey.Alt(_abandon, "Resume / abandon an unfinished creation (when listed)", inStatusBar: false),
        ];
        Refresh();
    }

    public override string Heading => "Access";

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    private void NextSort()
    {
        _sort = (AccessSort)(((int)_sort + 1) % Enum.GetValues<AccessSort>().Length);
        Refresh();
    }

    private void FocusList()
    {
        // An empty ListView given focus selects row 0 and throws: with nothing listed, stay put.
        if (_shown.Count > 0)
        {
            _list.SetFocus();
        }
    }

    public event EventHandler<AccessType>? CreateRequested;

    /// <summary>Resume the selected unfinished creation.</summary>
    public event EventHandler<PendingCreation>? ResumeRequested;

    /// <summary>Abandon (delete the key of) the selected unfinished creation.</summary>
    public event EventHandler<PendingCreation>? AbandonRequested;

    public event EventHandler<string>? DeleteRequested;

    /// <summary>The names in the order shown (for tests and the delete default).</summary>
    public IReadOnlyList<string> ShownNames => _shown.Select(a => a.Name).ToList();

    public void ShowAccesses(IReadOnlyList<AccessSummary> accesses)
    {
        _all = accesses;
        Refresh();
    }

    public void ShowLoading(string text)
    {
        _empty.Text = text;
        SetNeedsDraw();
    }

    /// <summary>Lists the project's unfinished creations above the accesses (hidden when there are none).</summary>
    public void ShowPending(IReadOnlyList<PendingCreation> pending)
    {
        _pending = pending;
        _pendingList.SetSource(new ObservableCollection<string>(pending.Select(p =>
            $"{Clip(p.Name, 36),-36} {AccessTypeText.Of(p.Type),-15} started {p.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}")));
        if (pending.Count > 0)
        {
            _pendingList.SelectedItem = 0;
        }

        int rows = Math.Min(pending.Count, 3);
        _pendingList.Height = rows;
        _pendingBox.Height = pending.Count == 0 ? 0 : rows + 3;
        _pendingBox.Visible = pending.Count > 0;
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>The unfinished creations' names as listed (for tests).</summary>
    public IReadOnlyList<string> PendingNames => _pending.Select(p => p.Name).ToList();

    private View NewPendingBox(int y)
    {
        var box = new View { X = 0, Y = y, Width = Dim.Fill(), Height = 0, Visible = false, CanFocus = true };
        var title = new Label { X = 0, Y = 0, Text = "Unfinished creations (a key was made but no credentials were delivered):" };
        _resume.Y = Pos.Bottom(_pendingList);
        _abandon.X = Pos.Right(_resume) + 1;
        _abandon.Y = _resume.Y;
        _resume.Accepting += (_, e) => { e.Handled = true; RaiseForSelected(ResumeRequested); };
        _abandon.Accepting += (_, e) => { e.Handled = true; RaiseForSelected(AbandonRequested); };
        box.Add(title, _pendingList, _resume, _abandon);
        return box;
    }

    private void RaiseForSelected(EventHandler<PendingCreation>? handler)
    {
        if (_pendingList.SelectedItem is int i && i >= 0 && i < _pending.Count)
        {
            handler?.Invoke(this, _pending[i]);
        }
    }

    private void RequestDelete()
    {
        if (_list.SelectedItem is int i && i >= 0 && i < _shown.Count)
        {
            DeleteRequested?.Invoke(this, _shown[i].Name);
        }
    }

    private void Refresh()
    {
        string term = _search.Text.Trim();
        IEnumerable<AccessSummary> filtered = _all.Where(a => term.Length == 0 || a.Name.Contains(term, StringComparison.OrdinalIgnoreCase));
        _shown = (_sort switch
        {
            AccessSort.NameAscending => filtered.OrderBy(a => a.Name, StringComparer.Ordinal),
            AccessSort.NameDescending => filtered.OrderByDescending(a => a.Name, StringComparer.Ordinal),
            AccessSort.CreatedOldestFirst => filtered.OrderBy(a => a.CreatedAt),
            _ => filtered.OrderByDescending(a => a.CreatedAt),
        }).ToList();
        _list.SetSource(new ObservableCollection<string>(_shown.Select(a =>
            $"{Clip(a.Name, 48),-48} {a.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}")));
        if (_shown.Count > 0)
        {
            _list.SelectedItem = 0;
        }

        _sortLabel.Text = "Sorted: " + _sort switch
        {
            AccessSort.NameAscending => "name A-Z",
            AccessSort.NameDescending => "name Z-A",
            AccessSort.CreatedOldestFirst => "oldest first",
            _ => "newest first",
        } + " (Ctrl-O)";
        _empty.Text = _shown.Count == 0 ? (_all.Count == 0 ? "No accesses yet." : "No access matches the search.") : "";
        _empty.Visible = _shown.Count == 0;
        SetNeedsDraw();
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "~";

    private enum AccessSort
    {
        CreatedNewestFirst,
        CreatedOldestFirst,
        NameAscending,
        NameDescending,
    }
}
