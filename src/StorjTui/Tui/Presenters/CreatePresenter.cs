using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Core.Flow;
using StorjTui.Core.Input;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using Terminal.Gui.App;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// The Create area: one screen per create-flow step (kept while the flow runs, so Back keeps what was typed), the
/// end-date picker, the generated passphrase (copy, download), Confirm details, Creating and Failed.
/// </summary>
internal sealed class CreatePresenter(TuiContext context) : IDisposable
{
    private readonly Dictionary<CreateAccessStep, Screen> _screens = [];
    private CreateAccessFlow? _renderedFlow;

    public void Show(CreateAccessFlow flow)
    {
        if (!ReferenceEquals(flow, _renderedFlow))
        {
            Forget();
            _renderedFlow = flow;
        }

        CreateAccessStep step = flow.Step;
        switch (step)
        {
            case CreateAccessStep.ConfirmDetails:
                ShowConfirmDetails(flow);
                return;
            case CreateAccessStep.Creating:
                var creating = new CreatingScreen(flow.Draft.Name, context.Look.AsciiOnly);
                context.Shell.Show(creating);
                CreateNow(flow, creating);
                return;
            case CreateAccessStep.Failed:
                var failed = new FailedScreen(flow.FailureMessage ?? "Unknown failure.");
                failed.RetryRequested += (_, _) => TuiContext.Apply(flow.Retry(), context.Notice, context.Render);
                context.Shell.Show(failed);
                return;
            case CreateAccessStep.Created or CreateAccessStep.Cancelled:
                context.Render();
                return;
        }

        if (!_screens.TryGetValue(step, out Screen? screen))
        {
            screen = NewScreen(flow, step);
            screen.KeepAlive = true;
            _screens[step] = screen;
        }

        if (screen is FlowScreen flowScreen)
        {
            flowScreen.ShowProblems([]);
        }

        context.Shell.Show(screen);
    }

    /// <summary>Esc in the create flow: a step back, or leave it (asking first when something was entered).</summary>
    public void Back(CreateAccessFlow flow)
    {
        if (flow.Step is CreateAccessStep.Creating)
        {
            return;
        }

        if (flow.CanGoBack)
        {
            TuiContext.Apply(flow.Back(), context.Notice, context.Render);
            return;
        }

        if (!flow.HasEnteredData)
        {
            TuiContext.Apply(flow.Cancel(), context.Notice, context.Render);
            return;
        }

        context.Shell.Confirm("Discard this access?", "Leave Create Access and discard what you entered?", "Discard", "Stay", yes =>
        {
            if (yes)
            {
                TuiContext.Apply(flow.Cancel(), context.Notice, context.Render);
            }
        });
    }

    /// <summary>Drops the kept screens (and the secrets their fields hold) once the create flow is over.</summary>
    public void Forget()
    {
        foreach (Screen screen in _screens.Values)
        {
            screen.Forget();
            if (!ReferenceEquals(context.Shell.Current, screen))
            {
                screen.Dispose();
            }
        }

        _screens.Clear();
        _renderedFlow = null;
    }

    public void Dispose() => Forget();

    private FlowScreen NewScreen(CreateAccessFlow flow, CreateAccessStep step)
    {
        FlowScreen screen = step switch
        {
            CreateAccessStep.TypeAndName => new TypeAndNameScreen(flow),
            CreateAccessStep.Permissions => new PermissionsScreen(flow),
            CreateAccessStep.AccessEncryption => new AccessEncryptionScreen(flow),
            CreateAccessStep.EnterPassphrase => new EnterPassphraseScreen(flow),
            CreateAccessStep.ShowGeneratedPassphrase => NewGeneratedScreen(flow),
            _ => throw new InvalidOperationException($"No screen for {step}."),
        };
        screen.NextRequested += (_, _) => TuiContext.Apply(flow.Next(), screen.ShowProblems, context.Render);
        if (screen is PermissionsScreen permissions)
        {
            permissions.PickDateRequested += (_, start) => PickEndDate(permissions, start);
        }

        return screen;
    }

    private void PickEndDate(PermissionsScreen screen, DateTime start)
    {
        var overlay = new DatePickOverlay(start, screen.CheckEndDay);
        overlay.Picked += (_, date) =>
        {
            context.Shell.CloseOverlay();
            screen.SetPickedDate(date);
        };
        overlay.Cancelled += (_, _) => context.Shell.CloseOverlay();
        context.Shell.ShowOverlay(overlay);
    }

    private GeneratedPassphraseScreen NewGeneratedScreen(CreateAccessFlow flow)
    {
        var screen = new GeneratedPassphraseScreen(flow);
        screen.CopyRequested += (_, _) =>
        {
            byte[]? phrase = flow.CopyGeneratedPassphrase();
            if (phrase is not null)
            {
                context.Shell.SetNotice(context.Clipboard.Copy("The 12-word passphrase", System.Text.Encoding.UTF8.GetString(phrase)));
                flow.MarkGeneratedPassphraseSaved();
                SecretBuffer.Clear(phrase);
            }
        };
        screen.DownloadRequested += (_, _) => context.Downloads.ShowPassphraseDownload(flow, screen);
        return screen;
    }

    private void ShowConfirmDetails(CreateAccessFlow flow)
    {
        var overlay = new ConfirmDetailsOverlay(flow.ConfirmDetails);
        overlay.Confirmed += (_, _) => TuiContext.Apply(flow.Confirm(), overlay.ShowProblems, () => { context.Shell.CloseOverlay(); context.Render(); });
        overlay.BackRequested += (_, _) => TuiContext.Apply(flow.Back(), overlay.ShowProblems, () => { context.Shell.CloseOverlay(); context.Render(); });
        context.Shell.ShowOverlay(overlay);
    }

    private void CreateNow(CreateAccessFlow flow, CreatingScreen screen)
    {
        AccessRequest request;
        try
        {
            request = flow.BuildRequest();
        }
        catch (InvalidAccessDraftException e)
        {
            TuiContext.Apply(flow.Failed(e.Message), _ => { }, context.Render);
            return;
        }

        NavigationFlow nav = context.Nav;
        Project project = nav.Project!;
        PendingCreation? resume = nav.ResumeTarget;
        IApplication app = context.App;
        context.Effects.Run(resume is null ? "create access" : "finish unfinished creation", async ct =>
        {
            try
            {
                var progress = new UiProgress(app, screen);
                IStorjConnection connection = context.Connection!;
                return resume is null
                    ? await connection.CreateAccessAsync(project, request, progress, ct).ConfigureAwait(false)
                    : await connection.ResumeCreationAsync(resume, request, progress, ct).ConfigureAwait(false);
            }
            catch (IncompleteCreationException e) when (e.Pending is { } pending)
            {
                // The key exists: Retry must finish this creation with it, not make a second key.
                app.Invoke(() => nav.CreationLeftPending(pending));
                throw;
            }
            finally
            {
                SecretBuffer.Clear(request.Passphrase);
            }
        }, created =>
        {
            context.Log.Created(created.Type, created.Name);
            TuiContext.Apply(flow.Succeeded(created), context.Notice, context.Render);
        },
        message => TuiContext.Apply(flow.Failed(message), context.Notice, context.Render));
    }

    /// <summary>Reports creation steps to the progress view on the UI thread.</summary>
    private sealed class UiProgress(IApplication app, CreatingScreen screen) : IProgress<CreationStep>
    {
        public void Report(CreationStep value) => app.Invoke(() => screen.Show(value));
    }
}
