using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// The Result area: the new access's values shown once, Copy / Copy all, Download all (DownloadDialogs),
/// Verify, and Close, which asks first while a value shown only once is not saved yet.
/// </summary>
internal sealed class ResultPresenter : IDisposable
{
    private readonly TuiContext _context;
    private readonly AppShell _shell;
    private readonly TuiEnvironment _env;
    private readonly AccessPagePresenter _accessPage;
    private ResultScreen? _result;

    public ResultPresenter(TuiContext context, AccessPagePresenter accessPage)
    {
        _context = context;
        _shell = context.Shell;
        _env = context.Env;
        _accessPage = accessPage;
    }

    public void Show(CreatedAccess created)
    {
        _result = new ResultScreen(created, created.MissingEndpointText, _context.Nav.LastCreatedPassphrase);
        ResultScreen screen = _result;
        screen.CopyRequested += (_, row) => Copied(screen, row.Title, row.Value, [row]);
        screen.CopyAllRequested += (_, _) => Copied(screen, string.Join(", ", screen.CopyAllRows.Select(r => r.Title)), screen.CopyAllText, screen.CopyAllRows);
        screen.DownloadRequested += (_, _) => _context.Downloads.ShowDownloadAll(screen, rows => Delivered(screen, rows));
        screen.VerifyRequested += (_, _) => Verify(screen);
        screen.CloseRequested += (_, _) => Close(screen);
        _shell.Show(screen);
        _context.Nav.KeysShown(screen.Unsaved.Select(r => r.Title));
        _shell.SetNotice(screen.OnceText);
    }

    /// <summary>Esc on the result: the same as Close.</summary>
    public void Back()
    {
        if (_result is not null)
        {
            Close(_result);
        }
    }

    private void Copied(ResultScreen screen, string what, string value, IReadOnlyList<ResultRow> rows)
    {
        _shell.SetNotice(_context.Clipboard.Copy(what, value));
        Delivered(screen, rows);
    }

    /// <summary>
    /// Marks <paramref name="rows"/> saved. Once every value that appears only once is saved (copied or downloaded),
    /// the person has the credentials: only then may the pending record go, so a session dropped while they are shown
    /// leaves the creation listed as unfinished.
    /// </summary>
    private void Delivered(ResultScreen screen, IEnumerable<ResultRow> rows)
    {
        screen.MarkSaved(rows);
        _context.Nav.KeysSaved(rows.Select(r => r.Title));
        if (screen.Saved)
        {
            _context.Connection?.CompleteCreation(screen.Created);
        }
    }

    /// <summary>Close: the flow refuses while a value shown once is unsaved; then the person is asked, and Enter stays.</summary>
    private void Close(ResultScreen screen)
    {
        NavigationFlow nav = _context.Nav;
        TuiContext.Apply(nav.CloseResult(), problems =>
        {
            if (nav.UnsavedKeys.Count == 0)
            {
                _context.Notice(problems);
                return;
            }

            _shell.Confirm("Close without saving?", $"{screen.OnceText}\n{screen.UnsavedText}\nYou have not copied or downloaded them.", "_Close anyway", "_Stay", close =>
            {
                if (close)
                {
                    _context.Connection?.CompleteCreation(screen.Created); // acknowledged: they chose to close without saving
                    TuiContext.Apply(nav.CloseResultWithoutSaving(), _context.Notice, AfterResult);
                }
            }, noIsDefault: true);
        }, AfterResult);
    }

    private void AfterResult()
    {
        Forget();
        // The new access is in the project now: reload the list.
        _accessPage.Reload();
    }

    private void Verify(ResultScreen screen)
    {
        if (_env.Verify is null)
        {
            screen.ShowVerify("Verify is not available in this build.");
            return;
        }

        if (screen.Created.LacksS3Endpoint)
        {
            screen.ShowVerify(S3Verify.NoEndpoint);
            return;
        }

        screen.ShowVerify("Checking...");
        _context.Effects.Run("verify", ct => _env.Verify(screen.Created, ct), screen.ShowVerify, screen.ShowVerify);
    }

    /// <summary>Clears the shown values (they appear once) when the result goes away.</summary>
    public void Forget()
    {
        _result?.Forget();
        _result = null;
    }

    public void Dispose() => Forget();
}
