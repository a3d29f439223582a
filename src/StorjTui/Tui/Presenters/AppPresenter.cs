using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.Core.Flow;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.App;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// Shows the screen for the flows' current state and turns screen events into the flows' triggers; runs
/// the effects a state needs (connect, load lists, create, delete, save) off the UI thread and reports
/// their outcome back to the flow. It holds no rule of its own: every "may I" is the flow's answer.
/// </summary>
internal sealed class AppPresenter : IDisposable
{
    private readonly IApplication _app;
    private readonly AppShell _shell;
    private readonly TuiEnvironment _env;
    private readonly TuiOptions _options;
    private readonly TerminalLook _look;
    private readonly TerminalClipboard _clipboard;
    private readonly NavigationFlow _nav;
    private readonly Dictionary<CreateAccessStep, Screen> _createScreens = [];
    private readonly CancellationTokenSource _stop = new();
    private IStorjConnection? _connection;
    private ConnectScreen? _connect;
    private AccessPageScreen? _accessPage;
    private ResultScreen? _result;
    private CreateAccessFlow? _renderedFlow;
    private int _busy;

    public AppPresenter(IApplication app, AppShell shell, TuiEnvironment env, TuiOptions options, TerminalLook look)
    {
        _app = app;
        _shell = shell;
        _env = env;
        _options = options;
        _look = look;
        _clipboard = new TerminalClipboard(sequence => _app.Driver?.WriteRaw(sequence));
        _nav = new NavigationFlow(env.Services);
        _shell.BackRequested += (_, _) => Back();
    }

    /// <summary>True while an effect runs (tests wait for it).</summary>
    public bool IsBusy => Volatile.Read(ref _busy) > 0;

    public NavigationFlow Navigation => _nav;

    /// <summary>The sequences sent for Copy, for tests (never shown, never logged).</summary>
    public TerminalClipboard Clipboard => _clipboard;

    /// <summary>The last file written by Download all (for tests and the notice).</summary>
    public IReadOnlyList<string> LastSaved { get; private set; } = [];

    public void Start()
    {
        Render();
        if (_options.Sandbox)
        {
            Connect(new ConnectRequest(ConnectTarget.Sandbox));
        }
    }

    // ---- rendering ----------------------------------------------------------------------------

    private void Render()
    {
        switch (_nav.Step)
        {
            case NavigationStep.Connect:
                ForgetCreate();
                _connect ??= NewConnectScreen();
                _shell.Show(_connect);
                break;
            case NavigationStep.Project:
                var projects = new ProjectScreen(_nav.Projects);
                projects.ProjectChosen += (_, p) => Apply(_nav.ChooseProject(p), projects.ShowProblems, OpenProject);
                _shell.Show(projects);
                break;
            case NavigationStep.ProjectPassphrase:
                var prompt = new ProjectPassphraseScreen(_nav.Project!.Name);
                prompt.PassphraseEntered += (_, text) => Apply(_nav.EnterProjectPassphrase(text), prompt.ShowProblems, OpenProject);
                prompt.Skipped += (_, _) => Apply(_nav.SkipProjectPassphrase(), prompt.ShowProblems, OpenProject);
                _shell.Show(prompt);
                break;
            case NavigationStep.AccessPage:
                ForgetCreate();
                ShowAccessPage();
                break;
            case NavigationStep.CreateAccess:
                RenderCreate(_nav.Create!);
                break;
            case NavigationStep.Result:
                ForgetCreate();
                ShowResult(_nav.LastCreated!);
                break;
            case NavigationStep.DeleteAccess:
                ShowAccessPage();
                ShowDeleteOverlay();
                break;
            case NavigationStep.Deleting:
                DeleteNow();
                break;
            case NavigationStep.Exited:
                _app.RequestStop();
                break;
        }
    }

    private ConnectScreen NewConnectScreen()
    {
        (ConnectTarget target, string? email) = _env.LastConnectionFile is { } file ? new LastConnection(file).Load() : (ConnectTarget.Sandbox, null);
        var screen = new ConnectScreen(_options.Sandbox ? ConnectTarget.Sandbox : target, email) { KeepAlive = true };
        screen.ConnectRequested += (_, request) => Connect(request);
        return screen;
    }

    private void RenderCreate(CreateAccessFlow flow)
    {
        if (!ReferenceEquals(flow, _renderedFlow))
        {
            ForgetCreate();
            _renderedFlow = flow;
        }

        CreateAccessStep step = flow.Step;
        switch (step)
        {
            case CreateAccessStep.ConfirmDetails:
                ShowConfirmDetails(flow);
                return;
            case CreateAccessStep.Creating:
                var creating = new CreatingScreen(flow.Draft.Name, _look.AsciiOnly);
                _shell.Show(creating);
                CreateNow(flow, creating);
                return;
            case CreateAccessStep.Failed:
                var failed = new FailedScreen(flow.FailureMessage ?? "Unknown failure.");
                failed.RetryRequested += (_, _) => Apply(flow.Retry(), p => _shell.SetNotice(p[0]), Render);
                _shell.Show(failed);
                return;
            case CreateAccessStep.Created or CreateAccessStep.Cancelled:
                Render();
                return;
        }

        if (!_createScreens.TryGetValue(step, out Screen? screen))
        {
            screen = NewCreateScreen(flow, step);
            screen.KeepAlive = true;
            _createScreens[step] = screen;
        }

        if (screen is FlowScreen flowScreen)
        {
            flowScreen.ShowProblems([]);
        }

        _shell.Show(screen);
    }

    private FlowScreen NewCreateScreen(CreateAccessFlow flow, CreateAccessStep step)
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
        screen.NextRequested += (_, _) => NextFrom(flow, screen);
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
            _shell.CloseOverlay();
            screen.SetPickedDate(date);
        };
        overlay.Cancelled += (_, _) => _shell.CloseOverlay();
        _shell.ShowOverlay(overlay);
    }

    private GeneratedPassphraseScreen NewGeneratedScreen(CreateAccessFlow flow)
    {
        var screen = new GeneratedPassphraseScreen(flow);
        screen.CopyRequested += (_, _) =>
        {
            byte[]? phrase = flow.CopyGeneratedPassphrase();
            if (phrase is not null)
            {
                _shell.SetNotice(_clipboard.Copy("The 12-word passphrase", System.Text.Encoding.UTF8.GetString(phrase)));
                System.Security.Cryptography.CryptographicOperations.ZeroMemory(phrase);
            }
        };
        screen.DownloadRequested += (_, _) => DownloadPassphrase(flow);
        return screen;
    }

    private void NextFrom(CreateAccessFlow flow, FlowScreen screen) => Apply(flow.Next(), screen.ShowProblems, Render);

    private void ShowConfirmDetails(CreateAccessFlow flow)
    {
        var overlay = new ConfirmDetailsOverlay(flow.ConfirmDetails);
        overlay.Confirmed += (_, _) => Apply(flow.Confirm(), overlay.ShowProblems, () => { _shell.CloseOverlay(); Render(); });
        overlay.BackRequested += (_, _) => Apply(flow.Back(), overlay.ShowProblems, () => { _shell.CloseOverlay(); Render(); });
        _shell.ShowOverlay(overlay);
    }

    private void ShowAccessPage()
    {
        if (_accessPage is null)
        {
            _accessPage = new AccessPageScreen(_nav.Project!.Name, _connection?.Description ?? "") { KeepAlive = true };
            _accessPage.CreateRequested += (_, type) => Apply(_nav.StartCreate(type), p => _shell.SetNotice(p[0]), Render);
            _accessPage.DeleteRequested += (_, name) => Apply(_nav.StartDelete(name), p => _shell.SetNotice(p[0]), Render);
            _accessPage.ResumeRequested += (_, pending) => Apply(_nav.StartResume(pending), p => _shell.SetNotice(p[0]), Render);
            _accessPage.AbandonRequested += (_, pending) => Abandon(pending);
            _accessPage.ShowLoading("Loading accesses...");
            _shell.Show(_accessPage);
            LoadAccessPage();
        }
        else
        {
            _accessPage.ShowAccesses(_nav.Accesses);
            if (!ReferenceEquals(_shell.Current, _accessPage))
            {
                _shell.Show(_accessPage);
                // A creation cancelled after its key was made is unfinished now: list it.
                LoadPending(_accessPage);
            }
        }
    }

    private void LoadPending(AccessPageScreen page)
    {
        Run(ct => _connection!.GetPendingCreationsAsync(ct), pending =>
        {
            _nav.ShowPendingCreations(pending);
            page.ShowPending(_nav.PendingCreations);
        }, _shell.SetNotice);
    }

    private void ShowDeleteOverlay()
    {
        var overlay = new DeleteAccessOverlay(_nav.DeleteTarget!, _nav.DeleteFailure);
        overlay.Confirmed += (_, typed) => Apply(_nav.ConfirmDelete(typed), overlay.ShowProblems, () => { _shell.CloseOverlay(); Render(); });
        overlay.Cancelled += (_, _) => Apply(_nav.Back(), overlay.ShowProblems, () => { _shell.CloseOverlay(); Render(); });
        _shell.ShowOverlay(overlay);
    }

    private void ShowResult(CreatedAccess created)
    {
        string? note = created.Type == AccessType.S3Credentials && string.IsNullOrEmpty(created.Endpoint)
            ? "No S3 gateway is configured for this back end: these keys are real, but there is no endpoint to use them against."
            : null;
        _result = new ResultScreen(created, note);
        ResultScreen screen = _result;
        screen.CopyRequested += (_, row) => Copied(screen, row.Title, row.Value, [row]);
        screen.CopyAllRequested += (_, _) => Copied(screen, string.Join(", ", screen.Rows.Select(r => r.Title)), screen.CopyAllText, screen.Rows);
        screen.DownloadRequested += (_, _) => ShowDownload(screen);
        screen.VerifyRequested += (_, _) => Verify(screen);
        screen.CloseRequested += (_, _) => CloseResult(screen);
        _shell.Show(screen);
        _shell.SetNotice(screen.OnceText);
    }

    private void Copied(ResultScreen screen, string what, string value, IReadOnlyList<ResultRow> rows)
    {
        _shell.SetNotice(_clipboard.Copy(what, value));
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
        if (screen.Saved)
        {
            _connection?.CompleteCreation(screen.Created);
        }
    }

    private void CloseResult(ResultScreen screen)
    {
        if (screen.Saved)
        {
            Apply(_nav.CloseResult(), p => _shell.SetNotice(p[0]), AfterResult);
            return;
        }

        _shell.Confirm("Close without saving?", $"{screen.OnceText}\n{screen.UnsavedText}\nYou have not copied or downloaded them.", "_Close anyway", "_Stay", close =>
        {
            if (close)
            {
                _connection?.CompleteCreation(screen.Created); // acknowledged: they chose to close without saving
                Apply(_nav.CloseResult(), p => _shell.SetNotice(p[0]), AfterResult);
            }
        }, noIsDefault: true);
    }

    private void AfterResult()
    {
        _result?.Forget();
        _result = null;
        // The new access is in the project now: reload the list.
        ReloadAccessPage();
    }

    // ---- Back / Esc -------------------------------------------------------------------------------

    private void Back()
    {
        switch (_nav.Step)
        {
            case NavigationStep.Connect:
                _shell.SetNotice("This is the first screen. Ctrl-Q quits.");
                return;
            case NavigationStep.CreateAccess when _nav.Create is { } flow:
                BackInCreate(flow);
                return;
            case NavigationStep.Result when _result is not null:
                CloseResult(_result);
                return;
            case NavigationStep.Deleting:
                return;
        }

        bool typed = _shell.Current?.HasEnteredData == true;
        void GoBack() => Apply(_nav.Back(), p => _shell.SetNotice(p[0]), LeftProjectOrPage);
        if (typed)
        {
            _shell.Confirm("Discard?", "Go back and discard what you typed?", "Discard", "Stay", yes =>
            {
                if (yes)
                {
                    GoBack();
                }
            });
        }
        else
        {
            GoBack();
        }
    }

    private void LeftProjectOrPage()
    {
        _accessPage?.Dispose();
        _accessPage = null;
        if (_nav.Step == NavigationStep.Connect)
        {
            _ = DisconnectAsync();
        }

        Render();
    }

    private void BackInCreate(CreateAccessFlow flow)
    {
        if (flow.Step is CreateAccessStep.Creating)
        {
            return;
        }

        if (flow.CanGoBack)
        {
            Apply(flow.Back(), p => _shell.SetNotice(p[0]), Render);
            return;
        }

        if (!flow.HasEnteredData)
        {
            Apply(flow.Cancel(), p => _shell.SetNotice(p[0]), Render);
            return;
        }

        _shell.Confirm("Discard this access?", "Leave Create Access and discard what you entered?", "Discard", "Stay", yes =>
        {
            if (yes)
            {
                Apply(flow.Cancel(), p => _shell.SetNotice(p[0]), Render);
            }
        });
    }

    // ---- effects ------------------------------------------------------------------------------------

    private void Connect(ConnectRequest request)
    {
        _connect?.ShowBusy("Connecting...");
        Run(async ct =>
        {
            try
            {
                IStorjConnection connection = await _env.OpenConnection(request, ct).ConfigureAwait(false);
                IReadOnlyList<Project> projects = await connection.ListProjectsAsync(ct).ConfigureAwait(false);
                return (connection, projects);
            }
            catch (Storj.Console.MfaRequiredException)
            {
                // The message follows through the failure path; first show the code field it asks for.
                _app.Invoke(() => _connect?.AskMfa());
                throw;
            }
            finally
            {
                Clear(request.Password);
                Clear(request.RestApiKey);
                Clear(request.AccessGrant);
            }
        }, result =>
        {
            _connection = result.connection;
            _connect?.Forget();
            if (_env.LastConnectionFile is { } file)
            {
                new LastConnection(file).Save(request.Target, request.Email);
            }

            Apply(_nav.Connected(result.projects, request.Target == ConnectTarget.ExistingAccessGrant, result.connection.Features),
                p => _connect?.ShowProblem(p[0]),
                () =>
                {
                    if (_nav.Step == NavigationStep.AccessPage)
                    {
                        OpenProject();
                    }
                    else
                    {
                        Render();
                    }
                });
        }, message => _connect?.ShowProblem(message));
    }

    /// <summary>After the project (and passphrase) were chosen: open it, then show the access page.</summary>
    private void OpenProject()
    {
        if (_nav.Step != NavigationStep.AccessPage)
        {
            Render();
            return;
        }

        Project project = _nav.Project!;
        byte[]? passphrase = _nav.ProjectPassphrase?.ToArray();
        _accessPage?.Dispose();
        _accessPage = null;
        _shell.SetNotice("Opening project...");
        Run(async ct =>
        {
            try
            {
                await _connection!.OpenProjectAsync(project, passphrase, ct).ConfigureAwait(false);
                return true;
            }
            finally
            {
                Clear(passphrase);
            }
        }, _ => { _shell.SetNotice(""); Render(); }, message =>
        {
            _shell.SetNotice(message);
            Apply(_nav.Back(), _ => { }, LeftProjectOrPage);
        });
    }

    private void LoadAccessPage()
    {
        Project project = _nav.Project!;
        AccessPageScreen page = _accessPage!;
        Run(async ct =>
        {
            IReadOnlyList<AccessSummary> accesses = await _connection!.ListAccessesAsync(project, ct).ConfigureAwait(false);
            IReadOnlyList<string> buckets = await _connection.ListBucketNamesAsync(project, ct).ConfigureAwait(false);
            IReadOnlyList<PendingCreation> pending = await _connection.GetPendingCreationsAsync(ct).ConfigureAwait(false);
            return (accesses, buckets, pending);
        }, lists =>
        {
            _nav.ShowAccesses(lists.accesses, lists.buckets);
            _nav.ShowPendingCreations(lists.pending);
            page.ShowAccesses(lists.accesses);
            page.ShowPending(_nav.PendingCreations);
        }, message => page.ShowLoading(message));
    }

    private void Abandon(PendingCreation pending)
    {
        _shell.Confirm("Abandon?",
            $"Abandon the unfinished creation of \"{pending.Name}\"? This deletes the API key it left behind (if it exists); no credentials were delivered for it.",
            "Abandon", "Keep", yes =>
            {
                if (!yes)
                {
                    return;
                }

                _shell.SetNotice($"Abandoning \"{pending.Name}\"...");
                Run(async ct =>
                {
                    await _connection!.AbandonCreationAsync(pending, ct).ConfigureAwait(false);
                    return true;
                }, _ =>
                {
                    ReloadAccessPage();
                    _shell.SetNotice($"Abandoned \"{pending.Name}\": its API key was deleted.");
                }, message => _shell.SetNotice(message));
            });
    }

    private void ReloadAccessPage()
    {
        _accessPage?.Dispose();
        _accessPage = null;
        Render();
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
            Apply(flow.Failed(e.Message), _ => { }, Render);
            return;
        }

        Project project = _nav.Project!;
        PendingCreation? resume = _nav.ResumeTarget;
        Run(async ct =>
        {
            try
            {
                var progress = new UiProgress(_app, screen);
                return resume is null
                    ? await _connection!.CreateAccessAsync(project, request, progress, ct).ConfigureAwait(false)
                    : await _connection!.ResumeCreationAsync(resume, request, progress, ct).ConfigureAwait(false);
            }
            catch (IncompleteCreationException e) when (e.Pending is { } pending)
            {
                // The key exists: Retry must finish this creation with it, not make a second key.
                _app.Invoke(() => _nav.CreationLeftPending(pending));
                throw;
            }
            finally
            {
                Clear(request.Passphrase);
            }
        }, created => Apply(flow.Succeeded(created), p => _shell.SetNotice(p[0]), Render),
        message => Apply(flow.Failed(message), p => _shell.SetNotice(p[0]), Render));
    }

    private void DeleteNow()
    {
        Project project = _nav.Project!;
        string name = _nav.DeleteTarget!;
        _shell.SetNotice($"Deleting \"{name}\"...");
        Run(async ct =>
        {
            await _connection!.DeleteAccessAsync(project, name, ct).ConfigureAwait(false);
            return true;
        }, _ => Apply(_nav.Deleted(), p => _shell.SetNotice(p[0]), () =>
        {
            _shell.SetNotice($"Deleted \"{name}\": it is revoked.");
            string notice = _shell.Notice;
            Render();
            _shell.SetNotice(notice);
        }), message => Apply(_nav.DeleteFailed(message), p => _shell.SetNotice(p[0]), Render));
    }

    private void Verify(ResultScreen screen)
    {
        if (_env.Verify is null)
        {
            screen.ShowVerify("Verify is not available in this build.");
            return;
        }

        if (string.IsNullOrEmpty(screen.Created.Endpoint))
        {
            screen.ShowVerify(S3Verify.NoEndpoint);
            return;
        }

        screen.ShowVerify("Checking...");
        Run(ct => _env.Verify(screen.Created, ct), screen.ShowVerify, screen.ShowVerify);
    }

    private void ShowDownload(ResultScreen screen)
    {
        if (screen.Created.Type == AccessType.S3Credentials && string.IsNullOrEmpty(screen.Created.Endpoint))
        {
            _shell.SetNotice("Nothing to download without an S3 endpoint: copy the keys instead.");
            return;
        }

        CredentialBundle bundle = CredentialBundle.From(screen.Created);
        var overlay = new DownloadOverlay(bundle, _env.WorkingFolder);
        overlay.SaveRequested += (_, _) => Save(screen, bundle, overlay, replace: false);
        overlay.Cancelled += (_, _) => _shell.CloseOverlay();
        _shell.ShowOverlay(overlay);
    }

    private void Save(ResultScreen screen, CredentialBundle bundle, DownloadOverlay overlay, bool replace)
    {
        DownloadChoice choice = overlay.Choice;
        try
        {
            IReadOnlyList<string> files;
            switch (choice.Merge)
            {
                case DownloadMerge.AwsConfig:
                    files = new ConfigFileMerge(_env.Services.Clock).MergeIntoAws(bundle, _env.HomeFolder).Files;
                    break;
                case DownloadMerge.RcloneConfig:
                    files = new ConfigFileMerge(_env.Services.Clock).MergeIntoRclone(bundle, _env.HomeFolder).Files;
                    break;
                case DownloadMerge.UplinkConfig or DownloadMerge.UplinkConfigAsDefault:
                    files = new ConfigFileMerge(_env.Services.Clock).MergeIntoUplink(bundle, _env.HomeFolder, choice.Merge == DownloadMerge.UplinkConfigAsDefault).Files;
                    break;
                default:
                    string folder = UserPaths.Expand(overlay.Folder.Length == 0 ? "." : overlay.Folder, _env.HomeFolder);
                    if (!Path.IsPathRooted(folder))
                    {
                        folder = Path.Join(_env.WorkingFolder, folder);
                    }

                    files = BundleWriter.DownloadAll(choice.For(bundle), folder, new BundleWriteOptions
                    {
                        Formats = [choice.Format!.Value],
                        ReplaceExisting = replace,
                    }).Files;
                    break;
            }

            LastSaved = files;
            _shell.CloseOverlay();
            Delivered(screen, screen.Rows);
            _shell.SetNotice($"Saved (private, 0600): {string.Join(", ", files.Select(Path.GetFileName))}" +
                (choice.Format == BundleFormat.S3fs ? "\n" + S3fsPasswordFile.MountHint(bundle.Access, files[0]) : ""));
        }
        catch (BundleWriteException e) when (e.Failure == BundleWriteFailure.FileExists && !replace)
        {
            _shell.CloseOverlay();
            _shell.Confirm("Replace?", e.Message, "_Replace", "_Keep", yes =>
            {
                if (yes)
                {
                    _shell.ShowOverlay(overlay);
                    Save(screen, bundle, overlay, replace: true);
                }
            }, noIsDefault: true);
        }
        catch (BundleWriteException e)
        {
            overlay.ShowProblems([e.Message]);
        }
        catch (InvalidOperationException e)
        {
            overlay.ShowProblems([e.Message]);
        }
    }

    private void DownloadPassphrase(CreateAccessFlow flow)
    {
        byte[]? phrase = flow.CopyGeneratedPassphrase();
        if (phrase is null)
        {
            return;
        }

        try
        {
            IReadOnlyList<string> files = [PassphraseDownload.Save(_env.WorkingFolder, flow.Draft.Name, _env.Services.Clock.GetUtcNow(), phrase)];
            LastSaved = files;
            _shell.SetNotice($"Passphrase saved (private, 0600): {string.Join(", ", files.Select(Path.GetFileName))}");
        }
        catch (BundleWriteException e)
        {
            _shell.SetNotice(e.Message);
        }
        finally
        {
            Clear(phrase);
        }
    }

    // ---- plumbing ------------------------------------------------------------------------------------

    /// <summary>Shows the flow's refusal, or runs <paramref name="moved"/> after it moved.</summary>
    private static void Apply<TStep>(StepResult<TStep> result, Action<IReadOnlyList<string>> refused, Action moved)
        where TStep : struct, Enum
    {
        if (result.Accepted)
        {
            moved();
        }
        else
        {
            refused(result.Problems);
        }
    }

    /// <summary>Runs an effect off the UI thread; its outcome comes back on the UI thread.</summary>
    private void Run<T>(Func<CancellationToken, Task<T>> work, Action<T> done, Action<string> failed)
    {
        Interlocked.Increment(ref _busy);
        CancellationToken ct = _stop.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                T value = await work(ct).ConfigureAwait(false);
                _app.Invoke(() => done(value));
            }
            catch (Exception e) when (e is StorjConnectionException or BundleWriteException or OperationCanceledException or TimeoutException or HttpRequestException)
            {
                string message = e is OperationCanceledException ? "Cancelled." : e.Message;
                _app.Invoke(() => failed(message));
            }
#pragma warning disable CA1031 // an unexpected failure must reach the screen, not kill the app; only its type is shown (messages may hold secrets)
            catch (Exception e)
#pragma warning restore CA1031
            {
                string message = $"Unexpected error ({e.GetType().Name}). Nothing secret was written; try again.";
                _app.Invoke(() => failed(message));
            }
            finally
            {
                Interlocked.Decrement(ref _busy);
            }
        }, ct);
    }

    private async Task DisconnectAsync()
    {
        IStorjConnection? connection = _connection;
        _connection = null;
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void ForgetCreate()
    {
        foreach (Screen screen in _createScreens.Values)
        {
            screen.Forget();
            if (!ReferenceEquals(_shell.Current, screen))
            {
                screen.Dispose();
            }
        }

        _createScreens.Clear();
        _renderedFlow = null;
    }

    private static void Clear(byte[]? bytes)
    {
        if (bytes is not null)
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        ForgetCreate();
        _result?.Forget();
        _nav.Dispose();
        _ = DisconnectAsync();
        _stop.Dispose();
    }

    /// <summary>Reports creation steps to the progress view on the UI thread.</summary>
    private sealed class UiProgress(IApplication app, CreatingScreen screen) : IProgress<CreationStep>
    {
        public void Report(CreationStep value) => app.Invoke(() => screen.Show(value));
    }
}
