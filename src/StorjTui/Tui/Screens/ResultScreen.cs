using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tui.Screens;

/// <summary>
/// Screen 8b, Created: the values (S3: Access Key, Secret Key, Endpoint; Access Grant; API Key + satellite),
/// Copy each / Copy all, Download all, Verify, and "these keys appear only once" until copied or downloaded.
/// </summary>
internal sealed class ResultScreen : Screen
{
    private const string Mask = "****************";

    /// <summary>Columns for a value: between the captions and the Copy buttons at 80 columns.</summary>
    private const int ValueWidth = 53;
    private readonly List<(ResultRow Row, ValueLabel Value)> _rows = [];
    private readonly Label _once;
    private readonly Button _show;
    private readonly IReadOnlyList<ScreenKey> _keys;
    private readonly Button _download;
    private readonly ValueLabel _verify = new() { Text = "", Width = Dim.Fill(), Height = 2 };
    private readonly HashSet<string> _saved = new(StringComparer.Ordinal);
    private readonly SavedFilesLabel _savedFiles = new();
    private bool _shown;

    /// <param name="passphrase">The passphrase generated in this flow, shown (masked) as one more value that appears only once.</param>
    public ResultScreen(CreatedAccess created, string? endpointNote, CreatedPassphrase? passphrase = null)
    {
        Created = created;
        Passphrase = passphrase;
        Rows = passphrase is null ? RowsOf(created) : [.. RowsOf(created), PassphraseRow(passphrase)];
        var form = new FormLayout(this, 12);
        _once = form.Line(new ValueLabel
        {
            Text = OnceText,
            Width = Dim.Fill(),
        });
        form.Gap();
        foreach (ResultRow row in Rows)
        {
            // As many rows as the value needs: a value is never cut (a real access grant takes seven).
            int height = Math.Max(1, (row.Value.Length + ValueWidth - 1) / ValueWidth);
            var value = new ValueLabel { Text = row.Secret ? Mask : row.Value, Width = ValueWidth, Height = height };
            form.Row(row.Title, value, height);
            var copy = new Button { Text = "Copy", X = 67, Y = value.Y };
            copy.Accepting += (_, e) => { e.Handled = true; CopyRequested?.Invoke(this, row); };
            Add(copy);
            _rows.Add((row, value));
        }

        if (passphrase is { Saved: true })
        {
            // Copied or downloaded on its own screen already.
            _saved.Add(PassphraseTitle);
        }

        if (endpointNote is not null)
        {
            form.Line(new ToneLabel(Tone.Warning) { Text = endpointNote, Width = Dim.Fill(), Height = 2 }, 2);
        }

        form.Gap();
        Button copyAll = form.Line(new Button { Text = "Copy _all" });
        _show = new Button { Text = "_Show secrets", X = Pos.Right(copyAll) + 1, Y = copyAll.Y };
        var download = new Button { Text = "_Download all", IsDefault = true, X = Pos.Right(_show) + 1, Y = copyAll.Y };
        _download = download;
        Add(_show, download);
        Button? verify = null;
        if (created.Type == AccessType.S3Credentials)
        {
            verify = new Button { Text = "_Verify", X = Pos.Right(download) + 1, Y = copyAll.Y };
            Add(verify);
            verify.Accepting += (_, e) => { e.Handled = true; VerifyRequested?.Invoke(this, EventArgs.Empty); };
        }

        var done = new Button { Text = "D_one", X = Pos.Right((View?)verify ?? download) + 1, Y = copyAll.Y };
        Add(done);
        form.Gap();
        _verify.TextFormatter.WordWrap = true;
        form.Line(_verify, 2);
        form.Line(_savedFiles);
        copyAll.Accepting += (_, e) => { e.Handled = true; CopyAllRequested?.Invoke(this, EventArgs.Empty); };
        _show.Accepting += (_, e) => { e.Handled = true; ToggleShow(); };
        download.Accepting += (_, e) => { e.Handled = true; DownloadRequested?.Invoke(this, EventArgs.Empty); };
        done.Accepting += (_, e) => { e.Handled = true; CloseRequested?.Invoke(this, EventArgs.Empty); };
        _keys =
        [
            ScreenKey.Alt(download, "Download all"),
            ScreenKey.Enter(download, "Download all", inStatusBar: false),
            ScreenKey.Alt(copyAll, "Copy all"),
            ScreenKey.Alt(_show, "Show / hide secrets", inStatusBar: false),
            .. verify is null ? [] : new[] { ScreenKey.Alt(verify, "Verify the credentials against S3", inStatusBar: false) },
            ScreenKey.Alt(done, "Done: back to the Access page", inStatusBar: false),
        ];
    }

    public CreatedAccess Created { get; }

    /// <summary>The passphrase generated in this flow (Download all saves it too); null when none was.</summary>
    public CreatedPassphrase? Passphrase { get; }

    /// <summary>The values "Copy all" copies: the console's values, never the passphrase (its words would run into them).</summary>
    public IReadOnlyList<ResultRow> CopyAllRows => Rows.Where(r => r.Title != PassphraseTitle).ToList();

    /// <summary>The rows a write saves: all of them when it wrote the passphrase file, else all but the passphrase.</summary>
    public IReadOnlyList<ResultRow> RowsSavedBy(bool withPassphrase) => withPassphrase ? Rows : CopyAllRows;

    /// <summary>Where Download all saved (full paths), shown under the buttons.</summary>
    public string SavedText => _savedFiles.Text;

    public override View? InitialFocus => _download;

    public IReadOnlyList<ResultRow> Rows { get; }

    /// <summary>True once every value that appears only once was copied or downloaded: closing no longer asks.</summary>
    public bool Saved => Unsaved.Count == 0;

    /// <summary>The values that appear only once and were neither copied nor downloaded yet.</summary>
    public IReadOnlyList<ResultRow> Unsaved => Rows.Where(r => r.AppearsOnce && !_saved.Contains(r.Title)).ToList();

    /// <summary>"Not saved yet: Secret Key." — what leaving now would lose.</summary>
    public string UnsavedText => $"Not saved yet: {string.Join(", ", Unsaved.Select(r => r.Title))}.";

    public override string Heading => Created.Type switch
    {
        AccessType.S3Credentials => "S3 Credentials created",
        AccessType.AccessGrant => "Access Grant created",
        _ => "API Key created",
    };

    public override IReadOnlyList<ScreenKey> Keys => _keys;

    public string OnceText => Created.Type == AccessType.S3Credentials
        ? "Save the access keys as they will only appear once."
        : $"Save the {(Created.Type == AccessType.AccessGrant ? "access grant" : "API key")} as it will only appear once.";

    public event EventHandler<ResultRow>? CopyRequested;

    public event EventHandler? CopyAllRequested;

    public event EventHandler? DownloadRequested;

    public event EventHandler? VerifyRequested;

    public event EventHandler? CloseRequested;

    /// <summary>The "Copy all" text: the values joined by single spaces, as the console copies them.</summary>
    public string CopyAllText => string.Join(' ', CopyAllRows.Select(r => r.Value));

    private const string PassphraseTitle = "Passphrase";

    private static ResultRow PassphraseRow(CreatedPassphrase passphrase)
    {
        byte[] bytes = passphrase.Copy();
        try
        {
            return new ResultRow(PassphraseTitle, System.Text.Encoding.UTF8.GetString(bytes), Secret: true, AppearsOnce: true);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Shows where a download went (every full path), replacing what an earlier one showed.</summary>
    public void ShowSaved(string text) => _savedFiles.Show(text);

    /// <summary>What Verify found (or "Checking..."), wrapped on two lines under the buttons.</summary>
    public string VerifyText => _verify.Text;

    public void ShowVerify(string text)
    {
        _verify.Text = text;
        SetNeedsDraw();
    }

    /// <summary>Records that <paramref name="rows"/> were copied or downloaded; the notice says what is still unsaved.</summary>
    public void MarkSaved(IEnumerable<ResultRow> rows)
    {
        _saved.UnionWith(rows.Select(r => r.Title));
        if (_saved.Contains(PassphraseTitle))
        {
            Passphrase?.MarkSaved();
        }

        _once.Text = Saved
            ? "Saved. " + (Created.Type == AccessType.S3Credentials ? "The keys" : "It") + " will not be shown again after you leave this screen."
            : $"{UnsavedText} {(Unsaved.Count == 1 ? "It appears" : "They appear")} only once: copy or download {(Unsaved.Count == 1 ? "it" : "them")}.";
        SetNeedsDraw();
    }

    public static IReadOnlyList<ResultRow> RowsOf(CreatedAccess created) => created.Type switch
    {
        AccessType.S3Credentials =>
        [
            new("Access Key", created.AccessKeyId ?? "", Secret: false, AppearsOnce: true),
            new("Secret Key", created.SecretKey ?? "", Secret: true, AppearsOnce: true),
            new("Endpoint", created.Endpoint ?? "", Secret: false, AppearsOnce: false),
        ],
        AccessType.AccessGrant => [new("Access Grant", created.AccessGrant ?? "", Secret: true, AppearsOnce: true)],
        _ =>
        [
            new("API Key", created.ApiKey ?? "", Secret: true, AppearsOnce: true),
            new("Satellite", created.SatelliteAddress ?? "", Secret: false, AppearsOnce: false),
        ],
    };

    private void ToggleShow()
    {
        _shown = !_shown;
        foreach ((ResultRow row, ValueLabel value) in _rows.Where(r => r.Row.Secret))
        {
            value.Text = _shown ? row.Value : Mask;
        }

        _show.Text = _shown ? "_Hide secrets" : "_Show secrets";
        SetNeedsDraw();
    }

    public override void Forget()
    {
        foreach ((_, ValueLabel value) in _rows)
        {
            value.Text = "";
        }

        _savedFiles.Show("");
    }
}
