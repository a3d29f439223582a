using StorjTui.Core.Access;
using StorjTui.Sandbox.Faults;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// A creation whose key was made but whose credentials never arrived (the auth service failed once, by the
/// sandbox's fault injection): Retry finishes it with the same key; a later run lists it on the access page
/// with Resume and Abandon.
/// </summary>
public sealed class PendingCreationScreenTests
{
    private static readonly SandboxFault AuthFailsOnce = new() { PathPrefix = "/v1/access", StatusCode = 500, Times = 1 };

    private static Tui ToAccessPage(SandboxScenario scenario)
    {
        Tui tui = scenario.Start();
        tui.Press(Key.Enter).Settle().WaitFor("Choose a project:");
        tui.Press(Key.Enter).Settle().WaitFor("Enter the encryption passphrase");
        return tui.Type("demo passphrase").Press(Key.Enter).Settle().WaitFor("Create S3 Credentials");
    }

    private static void CreateThatFails(Tui tui, string name)
    {
        tui.Press(Key.Enter).Settle().Type(name).Press(Key.Enter).Settle().Shows("Permissions");
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("The access could not be created", 60000).Shows("registering with the auth service");
    }

    // Off the test thread: while a Tui runs, Terminal.Gui's synchronization context owns it, and an await there never resumes.
    private static List<string> KeysNamed(SandboxScenario scenario, string name) => Task.Run(async () =>
    {
        GatedConnection connection = scenario.Connection!;
        Project project = (await connection.ListProjectsAsync(default))[0];
        return (await connection.ListAccessesAsync(project, default)).Where(a => a.Name == name).Select(a => a.Id).ToList();
    }).GetAwaiter().GetResult();

    private static IReadOnlyList<PendingCreation> Pending(SandboxScenario scenario) =>
        Task.Run(() => scenario.Connection!.GetPendingCreationsAsync(default)).GetAwaiter().GetResult();

    [Fact]
    public async Task RetryFinishesWithTheSameKey()
    {
        await using var scenario = new SandboxScenario(faults: [AuthFailsOnce]);
        using Tui tui = ToAccessPage(scenario);
        CreateThatFails(tui, "half-done");
        string keyId = Assert.Single(KeysNamed(scenario, "half-done"));

        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created", 60000).DoesNotShow("already in use");

        Assert.Equal([keyId], KeysNamed(scenario, "half-done"));
        Assert.Single(Pending(scenario)); // shown, not yet delivered: a dropped session now leaves it resumable (issue 12)
        tui.Press(Key.Esc).Press(Key.C.WithAlt).Settle().Shows("Create S3 Credentials"); // Close anyway (Alt-C; Enter is Stay): acknowledged
        Assert.Empty(Pending(scenario));
    }

    [Fact]
    public async Task ALeftoverIsListedAndResumeFinishesIt()
    {
        await using var scenario = new SandboxScenario(faults: [AuthFailsOnce]);
        using (Tui first = ToAccessPage(scenario))
        {
            CreateThatFails(first, "cut-off");
        }

        using Tui tui = ToAccessPage(scenario);
        tui.Settle().Shows("Unfinished creations").Shows("cut-off").Shows("S3 Credentials").Shows("Resume");

        tui.Press(Key.R.WithAlt).Settle().Shows("Create a new access").Shows("cut-off");
        tui.Press(Key.Enter).Settle().Shows("Permissions").DoesNotShow("already in use");
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Enter).Settle().Shows("Confirm details").Shows("cut-off");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created", 60000).Shows("Access Key");

        Assert.Single(KeysNamed(scenario, "cut-off"));
        Assert.Single(Pending(scenario)); // shown, not yet delivered (issue 12)
        tui.Press(Key.Esc).Press(Key.C.WithAlt).Settle().Shows("Create S3 Credentials"); // Close anyway (Alt-C; Enter is Stay): acknowledged
        Assert.Empty(Pending(scenario));
    }

    [Fact]
    public async Task AbandonDeletesTheLeftoverKeyAndSaysSo()
    {
        await using var scenario = new SandboxScenario(faults: [AuthFailsOnce]);
        using (Tui first = ToAccessPage(scenario))
        {
            CreateThatFails(first, "give-up");
        }

        using Tui tui = ToAccessPage(scenario);
        tui.Settle().Shows("Unfinished creations").Shows("give-up");
        Assert.Single(KeysNamed(scenario, "give-up"));

        tui.Press(Key.B.WithAlt).Shows("This deletes the API key");
        tui.Press(Key.Enter).Settle().WaitFor("its API key was deleted").DoesNotShow("Unfinished creations");

        Assert.Empty(KeysNamed(scenario, "give-up"));
        Assert.Empty(Pending(scenario));
    }
}
