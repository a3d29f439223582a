using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Sandbox;
using StorjTui.Sandbox.Accounts;
using StorjTui.Tui.Presenters;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>
/// The Connect screen's other ways in, against the real in-process sandbox: a custom satellite URL with the demo
/// account's e-mail and password or its console REST key, and an access grant the sandbox made.
/// </summary>
public sealed class LogInTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storj-tui-login-").FullName;
    private SandboxServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions
        {
            DataFolder = Path.Join(_folder, "sandbox"),
            PendingFolder = Path.Join(_folder, "pending"),
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private AppConnections NewConnections() => new(new SandboxOptions { DataFolder = Path.Join(_folder, "unused") });

    private Tui Start(AppConnections connections) => new(new TuiEnvironment(
        new FlowServices(TimeProvider.System, TimeZoneInfo.Utc, () => System.Text.Encoding.UTF8.GetBytes(Scenario.GeneratedWords)),
        connections.Open,
        _folder,
        _folder));

    /// <summary>Connect → Custom satellite → the sandbox's URL (focus ends on the "Log in with" group).</summary>
    private Tui ToCustomSatellite(AppConnections connections)
    {
        Tui tui = Start(connections);
        tui.Pick(4).Shows("Satellite URL");
        return tui.Press(Key.Tab).Type(_server.BaseUrl.ToString()).Press(Key.Tab);
    }

    private static void ToAccessPage(Tui tui)
    {
        tui.Settle().WaitFor("Choose a project:");
        tui.Press(Key.Enter).Settle().WaitFor("Enter the encryption passphrase");
        tui.Type("demo passphrase").Press(Key.Enter).Settle().WaitFor("Create S3 Credentials");
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
    }

    [Fact]
    public async Task CustomSatelliteWithEmailAndPassword()
    {
        await using AppConnections connections = NewConnections();
        using Tui tui = ToCustomSatellite(connections);
        tui.Press(Key.Tab).Type(SandboxServer.DemoEmail).Press(Key.Tab).Type(SandboxServer.DemoPassword).Press(Key.Enter);
        ToAccessPage(tui);
        tui.Shows($"on {_server.BaseUrl.Host} as {SandboxServer.DemoEmail}");
    }

    [Fact]
    public async Task CustomSatelliteWithAWrongPasswordSaysSoAndStays()
    {
        await using AppConnections connections = NewConnections();
        using Tui tui = ToCustomSatellite(connections);
        tui.Press(Key.Tab).Type(SandboxServer.DemoEmail).Press(Key.Tab).Type("not the password").Press(Key.Enter).Settle();
        tui.Settle().Shows("The e-mail address or password is wrong");
        Assert.Equal(NavigationStep.Connect, tui.Step);
        tui.DoesNotShow("not the password");
    }

    [Fact]
    public async Task ALockedAccountIsExplainedWholeAt80By24()
    {
        await using AppConnections connections = NewConnections();
        using Tui tui = ToCustomSatellite(connections);
        tui.Press(Key.Tab).Type(SandboxServer.DemoEmail).Press(Key.Tab);
        for (var i = 0; i < SandboxServer.LogInAttemptsBeforeLockout; i++)
        {
            tui.Type("wrong").Press(Key.Enter).Settle().Settle();
            tui.Press(Key.Backspace, 5);
        }

        tui.Type(SandboxServer.DemoPassword).Press(Key.Enter).Settle();
        tui.Settle().Shows("or the account is locked").Shows("2 minutes after 3 failed log-ins").Shows("reset the password in the web console.");
        Assert.Equal(NavigationStep.Connect, tui.Step);
    }

    [Fact]
    public async Task TheMfaDemoAccountWithTheCodeFromItsSecret()
    {
        await using AppConnections connections = NewConnections();
        using Tui tui = ToCustomSatellite(connections);
        tui.Press(Key.Tab).Type(SandboxServer.MfaDemoEmail).Press(Key.Tab).Type(SandboxServer.DemoPassword).Press(Key.Enter).Settle();
        tui.Settle().Shows("MFA code").Shows("two-factor authentication");
        Assert.Equal(NavigationStep.Connect, tui.Step);
        Assert.IsType<TextField>(tui.Focused);

        tui.Type(Totp.Code(SandboxServer.MfaDemoSecret, DateTimeOffset.UtcNow)).Press(Key.Enter);
        ToAccessPage(tui);
        tui.Shows($"on {_server.BaseUrl.Host} as {SandboxServer.MfaDemoEmail}");
    }

    [Fact]
    public async Task ACaptchaShowsTheCodeFieldAndARecoveryCodeGetsPastIt()
    {
        await _server.DisposeAsync();
        _server = await SandboxServer.StartAsync(new SandboxOptions { DataFolder = Path.Join(_folder, "captcha"), LogInCaptcha = true });
        await using AppConnections connections = NewConnections();
        using Tui tui = ToCustomSatellite(connections);
        tui.Press(Key.Tab).Type(SandboxServer.MfaDemoEmail).Press(Key.Tab).Type(SandboxServer.DemoPassword).Press(Key.Enter).Settle();
        // The whole message fits beside the code field at 80x24, its last words included.
        tui.Settle().Shows("MFA code").Shows("captcha").Shows("Otherwise log in with a console REST key.");
        Assert.IsType<TextField>(tui.Focused);

        tui.Type(SandboxServer.MfaDemoRecoveryCodes[2].ToLowerInvariant()).Press(Key.Enter);
        ToAccessPage(tui);
    }

    [Fact]
    public async Task CustomSatelliteWithTheConsoleRestKey()
    {
        await using AppConnections connections = NewConnections();
        using Tui tui = ToCustomSatellite(connections);
        tui.Press(Key.CursorRight).Press(Key.Space).Shows("REST API key").Press(Key.Tab).Type(_server.DemoRestKey).Press(Key.Enter);
        ToAccessPage(tui);
    }

    [Fact]
    public async Task AnAccessGrantTheSandboxMade()
    {
        string grant;
        await using (var connection = await _server.ConnectAsync())
        {
            Project project = (await connection.ListProjectsAsync(default))[0];
            await connection.OpenProjectAsync(project, "grant passphrase"u8.ToArray(), default);
            var created = await connection.CreateAccessAsync(project,
                new AccessRequest(AccessType.AccessGrant, "for-connect", Permissions.All, [], null, PassphraseChoice.UseCurrent, null), null, default);
            grant = created.AccessGrant!;
        }

        await using AppConnections connections = NewConnections();
        using Tui tui = Start(connections);
        tui.Pick(5).Shows("Access grant").Press(Key.Tab).Type(grant).Press(Key.Enter).Settle();
        tui.Settle().WaitFor("Create S3 Credentials");
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
        Assert.True(tui.Navigation.IsAccessGrantConnection);
        tui.Shows("cannot list accesses").DoesNotShow(grant[..20]);
    }
}
