using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Input;
using StorjTui.Hosting;
using StorjTui.Tui.Screens;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// The Connect area: the Connect screen (with MFA and the last connection remembered), the project list, the
/// project passphrase prompt, opening the project, and Back out of a project towards Connect.
/// </summary>
internal sealed class ConnectPresenter(TuiContext context, AccessPagePresenter accessPage)
{
    private ConnectScreen? _connect;

    public void ShowConnect()
    {
        _connect ??= NewConnectScreen();
        context.Shell.Show(_connect);
    }

    public void ShowProjects()
    {
        var projects = new ProjectScreen(context.Nav.Projects);
        projects.ProjectChosen += (_, p) => TuiContext.Apply(context.Nav.ChooseProject(p), projects.ShowProblems, OpenProject);
        context.Shell.Show(projects);
    }

    public void ShowProjectPassphrase()
    {
        var prompt = new ProjectPassphraseScreen(context.Nav.Project!.Name);
        prompt.PassphraseEntered += (_, text) => TuiContext.Apply(context.Nav.EnterProjectPassphrase(text), prompt.ShowProblems, OpenProject);
        prompt.Skipped += (_, _) => TuiContext.Apply(context.Nav.SkipProjectPassphrase(), prompt.ShowProblems, OpenProject);
        context.Shell.Show(prompt);
    }

    /// <summary>Back on a screen of the project (its list, passphrase, access page): asks first when something was typed.</summary>
    public void Back()
    {
        bool typed = context.Shell.Current?.HasEnteredData == true;
        void GoBack() => TuiContext.Apply(context.Nav.Back(), context.Notice, LeftProjectOrPage);
        if (typed)
        {
            context.Shell.Confirm("Discard?", "Go back and discard what you typed?", "Discard", "Stay", yes =>
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

    private ConnectScreen NewConnectScreen()
    {
        TuiEnvironment env = context.Env;
        (ConnectTarget target, string? email) = env.LastConnectionFile is { } file ? new LastConnection(file).Load() : (ConnectTarget.Sandbox, null);
        var screen = new ConnectScreen(context.Options.Sandbox ? ConnectTarget.Sandbox : target, email) { KeepAlive = true };
        screen.ConnectRequested += (_, request) => Connect(request);
        return screen;
    }

    public void Connect(ConnectRequest request)
    {
        _connect?.ShowBusy("Connecting...");
        context.Effects.Run("connect", async ct =>
        {
            try
            {
                IStorjConnection connection = await context.Env.OpenConnection(request, ct).ConfigureAwait(false);
                return await ProjectSession.StartAsync(connection, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Storj.Console.MfaRequiredException or Storj.Console.CaptchaRequiredException)
            {
                // The message follows through the failure path; first show the code field it asks for (an MFA code also gets past a captcha).
                context.App.Invoke(() => _connect?.AskMfa());
                throw;
            }
            finally
            {
                SecretBuffer.Clear(request.Password);
                SecretBuffer.Clear(request.RestApiKey);
                SecretBuffer.Clear(request.AccessGrant);
            }
        }, session => Connected(request, session), message => _connect?.ShowProblem(message));
    }

    private void Connected(ConnectRequest request, ProjectSession session)
    {
        context.Session = session;
        context.Log.Connected(request.Target, session.Projects.Count);
        _connect?.Forget();
        if (context.Env.LastConnectionFile is { } file)
        {
            new LastConnection(file).Save(request.Target, request.Email);
        }

        TuiContext.Apply(context.Nav.Connected(session.Projects, session.IsAccessGrantConnection, session.Connection.Features),
            p => _connect?.ShowProblem(p[0]),
            () =>
            {
                if (context.Nav.Step == NavigationStep.AccessPage)
                {
                    OpenProject();
                }
                else
                {
                    context.Render();
                }
            });
    }

    /// <summary>After the project (and passphrase) were chosen: open it, then show the access page.</summary>
    private void OpenProject()
    {
        NavigationFlow nav = context.Nav;
        if (nav.Step != NavigationStep.AccessPage)
        {
            context.Render();
            return;
        }

        Project project = nav.Project!;
        byte[]? passphrase = nav.ProjectPassphrase?.ToArray();
        accessPage.Reset();
        context.Shell.SetNotice("Opening project...");
        context.Effects.Run("open project", async ct =>
        {
            try
            {
                await context.Session!.OpenProjectAsync(project, passphrase, ct).ConfigureAwait(false);
                return true;
            }
            finally
            {
                SecretBuffer.Clear(passphrase);
            }
        }, _ => { context.Shell.SetNotice(""); context.Render(); }, message =>
        {
            // After going back: showing the screen clears the notice, and this one must stay to say why.
            TuiContext.Apply(nav.Back(), _ => { }, LeftProjectOrPage);
            context.Failure(message);
        });
    }

    private void LeftProjectOrPage()
    {
        accessPage.Reset();
        if (context.Nav.Step == NavigationStep.Connect)
        {
            _ = context.DisconnectAsync();
        }

        context.Render();
    }
}
