using StorjTui.Core.Access;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>The S3 path against the real in-process sandbox, once per Access encryption choice.</summary>
public sealed class SandboxPathTests
{
    private static Tui ToSandboxEncryption(Tui tui, string name)
    {
        tui.Press(Key.Enter).Settle().WaitFor("Choose a project:");
        tui.Press(Key.Enter).Settle().WaitFor("Enter the encryption passphrase");
        tui.Type("demo passphrase").Press(Key.Enter).Settle().WaitFor("Create S3 Credentials");
        tui.Press(Key.Enter).Settle().Type(name).Press(Key.Enter).Settle().Shows("Permissions");
        return tui.Press(Key.Enter).Settle().Shows("Access encryption");
    }

    private static void CreateAndDownload(SandboxScenario scenario, Tui tui, string name)
    {
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created", 60000)
            .Shows("https://gateway.sandbox.example/").DoesNotShow("Secret Key   " + new string('x', 0) + "j");
        tui.Press(Key.Enter).Press(Key.S.WithAlt).Shows("Saved (private, 0600)");
        string file = Assert.Single(Directory.GetFiles(scenario.Work, $"Storj-S3-Credentials-{name}-*.txt"));
        string[] lines = File.ReadAllText(file).Split('\n');
        Assert.Matches("^[a-z2-7]{28}$", lines[1]);
        Assert.Matches("^[a-z2-7]{53}$", lines[4]);
        Assert.DoesNotContain(lines[4], tui.Screen, StringComparison.Ordinal);
        Assert.Equal("https://gateway.sandbox.example/", lines[7]);
    }

    [Fact]
    public async Task UseCurrentPassphrase()
    {
        await using var scenario = new SandboxScenario();
        using Tui tui = scenario.Start();
        ToSandboxEncryption(tui, "sandbox-current").Press(Key.Enter).Settle().Shows("Confirm details");
        CreateAndDownload(scenario, tui, "sandbox-current");
        Assert.Equal(PassphraseChoice.UseCurrent, scenario.Connection!.LastRequest!.PassphraseChoice);
    }

    [Fact]
    public async Task EnterNewPassphrase()
    {
        await using var scenario = new SandboxScenario();
        using Tui tui = scenario.Start();
        ToSandboxEncryption(tui, "sandbox-new").Pick(1).Press(Key.Enter).Settle();
        tui.Type("a new long passphrase").Press(Key.Tab).Type("a new long passphrase").Press(Key.Enter).Settle().Shows("Confirm details");
        CreateAndDownload(scenario, tui, "sandbox-new");
        Assert.Equal("a new long passphrase", System.Text.Encoding.UTF8.GetString(scenario.Connection!.LastRequest!.Passphrase!));
    }

    [Fact]
    public async Task GeneratedPassphraseAndTheProgressView()
    {
        await using var scenario = new SandboxScenario();
        using Tui tui = scenario.Start();
        ToSandboxEncryption(tui, "sandbox-generated").Pick(2).Press(Key.Enter).Settle().Shows("1. abandon");
        tui.Press(Key.S.WithAlt).Press(Key.Enter).Settle().Shows("Confirm details");
        scenario.Connection!.Hold = true;
        tui.Press(Key.Enter).WaitFor("[>] Deriving key - this takes a moment -").Shows("Creating key");
        scenario.Connection.Release();
        tui.WaitFor("S3 Credentials created", 60000);
        Assert.Equal(PassphraseChoice.GenerateNew, scenario.Connection.LastRequest!.PassphraseChoice);
    }
}
