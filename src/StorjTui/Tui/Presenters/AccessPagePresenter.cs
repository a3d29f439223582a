using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Hosting;
using StorjTui.Tui.Screens;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// The Access page area: the project's accesses and unfinished creations (loaded off the UI thread), Create /
/// Resume / Abandon, and Delete with its typed-name confirmation.
/// </summary>
internal sealed class AccessPagePresenter(TuiContext context) : IDisposable
{
    private AccessPageScreen? _page;

    public void Show()
    {
        NavigationFlow nav = context.Nav;
        if (_page is null)
        {
            _page = new AccessPageScreen(nav.Project!.Name, context.Connection?.Description ?? "") { KeepAlive = true };
            _page.CreateRequested += (_, type) => TuiContext.Apply(nav.StartCreate(type), context.Notice, context.Render);
            _page.DeleteRequested += (_, name) => TuiContext.Apply(nav.StartDelete(name), context.Notice, context.Render);
            _page.ResumeRequested += (_, pending) => TuiContext.Apply(nav.StartResume(pending), context.Notice, context.Render);
            _page.AbandonRequested += (_, pending) => Abandon(pending);
            _page.ShowLoading("Loading accesses...");
            context.Shell.Show(_page);
            Load(_page);
        }
        else
        {
            _page.ShowAccesses(nav.Accesses);
            if (!ReferenceEquals(context.Shell.Current, _page))
            {
                context.Shell.Show(_page);
                // A creation cancelled after its key was made is unfinished now: list it.
                LoadPending(_page);
            }
        }
    }

    public void ShowDelete()
    {
        Show();
        NavigationFlow nav = context.Nav;
        var overlay = new DeleteAccessOverlay(nav.DeleteTarget!, nav.DeleteFailure);
        overlay.Confirmed += (_, typed) => TuiContext.Apply(nav.ConfirmDelete(typed), overlay.ShowProblems, () => { context.Shell.CloseOverlay(); context.Render(); });
        overlay.Cancelled += (_, _) => TuiContext.Apply(nav.Back(), overlay.ShowProblems, () => { context.Shell.CloseOverlay(); context.Render(); });
        context.Shell.ShowOverlay(overlay);
    }

    public void DeleteNow()
    {
        NavigationFlow nav = context.Nav;
        Project project = nav.Project!;
        string name = nav.DeleteTarget!;
        context.Shell.SetNotice($"Deleting \"{name}\"...");
        context.Effects.Run("delete access", async ct =>
        {
            await context.Connection!.DeleteAccessAsync(project, name, ct).ConfigureAwait(false);
            return true;
        }, _ => TuiContext.Apply(nav.Deleted(), context.Notice, () =>
        {
            context.Log.Deleted(name);
            context.Shell.SetNotice($"Deleted \"{name}\": it is revoked.");
            string notice = context.Shell.Notice;
            context.Render();
            context.Shell.SetNotice(notice);
        }), message => TuiContext.Apply(nav.DeleteFailed(message), context.Notice, context.Render));
    }

    /// <summary>Drops the page, so the next <see cref="Show"/> loads the lists again.</summary>
    public void Reset()
    {
        _page?.Dispose();
        _page = null;
    }

    public void Dispose() => Reset();

    /// <summary>Loads the lists again (after a creation or an abandon changed them).</summary>
    public void Reload()
    {
        Reset();
        context.Render();
    }

    private void Load(AccessPageScreen page)
    {
        ProjectSession session = context.Session!;
        context.Effects.Run("load access page", session.ListAsync, lists =>
        {
            context.Nav.ShowAccesses(lists.Accesses, lists.BucketNames);
            context.Nav.ShowPendingCreations(lists.Pending);
            page.ShowAccesses(lists.Accesses);
            page.ShowPending(context.Nav.PendingCreations);
        }, message =>
        {
            // The page says what is missing; the cause is a failure, so it goes to the notice in the error tone.
            page.ShowLoading("The accesses could not be loaded: go back and open the project again.");
            context.Failure(message);
        });
    }

    private void LoadPending(AccessPageScreen page)
    {
        Project project = context.Nav.Project!;
        context.Effects.Run("load unfinished creations", ct => context.Session!.PendingCreationsAsync(project, ct), pending =>
        {
            context.Nav.ShowPendingCreations(pending);
            page.ShowPending(context.Nav.PendingCreations);
        }, context.Failure);
    }

    private void Abandon(PendingCreation pending)
    {
        context.Shell.Confirm("Abandon?",
            $"Abandon the unfinished creation of \"{pending.Name}\"? This deletes the API key it left behind (if it exists); no credentials were delivered for it.",
            "Abandon", "Keep", yes =>
            {
                if (!yes)
                {
                    return;
                }

                context.Shell.SetNotice($"Abandoning \"{pending.Name}\"...");
                context.Effects.Run("abandon creation", async ct =>
                {
                    await context.Connection!.AbandonCreationAsync(pending, ct).ConfigureAwait(false);
                    return true;
                }, _ =>
                {
                    Reload();
                    context.Shell.SetNotice($"Abandoned \"{pending.Name}\": its API key was deleted.");
                }, context.Failure);
            });
    }
}
