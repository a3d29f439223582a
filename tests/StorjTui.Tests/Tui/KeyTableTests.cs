using StorjTui.Core.Access;
using StorjTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace StorjTui.Tests.Tui;

/// <summary>
/// The key tables are the one source of keys: on every screen and pop-up, each key the table lists (and so the
/// status bar and F1 show) does what its row says when pressed, every button's key is in the table, and the
/// status bar and F1 list only the table's keys.
/// </summary>
public sealed class KeyTableTests
{
    private static readonly string[] ShellKeyNames = ["F1", "Esc", "Ctrl-Q"];

    /// <summary>Each place: a fresh session driven to one screen or pop-up.</summary>
    public static TheoryData<string> Places => new(Reach.Keys);

    private static readonly Dictionary<string, Func<Tui, Tui>> Reach = new()
    {
        ["Connect"] = tui => tui.Shows("Sandbox (no account"),
        ["Project"] = tui => tui.Press(Key.Enter).Settle().Shows("Choose a project:"), // with two projects (NewScenario)
        ["Project passphrase"] = tui => tui.Press(Key.Enter).Settle().Shows("Enter the encryption passphrase"),
        ["Access page"] = tui => tui.ToAccessPage().Shows("nightly-half-done"),
        ["Delete access"] = tui => tui.ToAccessPage().Press(Key.N.WithAlt).Press(Key.Delete).Shows("Deleting an access revokes it"),
        ["Type and name"] = tui => tui.ToAccessPage().Press(Key.Enter).Settle().Shows("Create a new access"),
        ["Discard confirm"] = tui => tui.ToAccessPage().Press(Key.Enter).Settle().Type("typed").Press(Key.Esc).Shows("Discard this access?"),
        ["Permissions"] = tui => tui.ToPermissions(),
        ["End date calendar"] = tui => tui.ToPermissions().Press(Key.O.WithAlt).Shows("Pick the end date"),
        ["Access encryption"] = tui => tui.ToEncryption(),
        ["Enter passphrase"] = tui => tui.ToEncryption().Pick(1).Press(Key.Enter).Settle().Shows("Enter a new encryption passphrase"),
        ["Generated passphrase"] = tui => tui.ToEncryption().Pick(2).Press(Key.Enter).Settle().Shows("1. abandon"),
        ["Passphrase download"] = tui => tui.ToEncryption().Pick(2).Press(Key.Enter).Settle().Press(Key.D.WithAlt).Shows("Download the passphrase"),
        ["Confirm details"] = tui => tui.ToEncryption().Press(Key.Enter).Settle().Shows("Confirm details"),
        ["Result"] = ToResult,
        ["Download all"] = tui => ToResult(tui).Press(Key.D.WithAlt).Shows("Saves"),
        ["Help"] = tui => tui.Press(Key.F1).Shows("Keys: Connect"),
    };

    private static Tui ToResult(Tui tui) =>
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("S3 Credentials created");

    private static Scenario NewScenario(string place)
    {
        var scenario = new Scenario();
        if (place == "Project")
        {
            // With one project the app opens it at once: a second one brings up the choice.
            scenario.Connection.Projects.Add(new Project("p-2", "second-project", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), false));
        }

        scenario.Connection.Pending.Add(new PendingCreation(
            "pc-1", "p-1", "demo-project", "nightly-half-done", AccessType.S3Credentials,
            new DateTimeOffset(2026, 6, 14, 9, 0, 0, TimeSpan.Zero), CanFinishWithSameKey: false));
        // Verify must stay on this machine: a closed loopback port answers at once.
        scenario.Connection.Endpoint = "http://127.0.0.1:9";
        return scenario;
    }

    private static string StatusBar(Tui tui) => tui.Screen.TrimEnd('\n').Split('\n')[^2].Trim('│', '|', ' ');

    /// <summary>What a key press can change: the screen, the flow, the pop-up, the focus, the notice, the clipboard.</summary>
    private static string Fingerprint(Tui tui, Scenario scenario) =>
        string.Join('|', tui.Ansi, tui.Step, tui.CreateStep, tui.Shell.OverlayTitle, tui.Focused?.GetType().Name,
            tui.Focused?.Frame, tui.Shell.Notice, scenario.Clipboard.Sent, scenario.Connection.Deleted.Count);

    private static IEnumerable<Button> ButtonsShown(View view) =>
        view.SubViews.Where(v => v.Visible && v.Enabled)
            .SelectMany(v => v is Button button ? [button] : ButtonsShown(v));

    [Theory]
    [MemberData(nameof(Places))]
    public void StatusBarAndHelpListOnlyTheTableAndEveryButtonKeyIsInIt(string place)
    {
        using Scenario scenario = NewScenario(place);
        using Tui tui = Reach[place](scenario.Start());
        IReadOnlyList<ScreenKey> table = tui.Shell.ActiveKeys;
        Assert.NotEmpty(table);

        foreach (Button button in ButtonsShown(tui.Shell.ActiveScope!))
        {
            if (button.HotKey != Key.Empty)
            {
                Assert.True(table.Any(k => k.Key is { } bound && bound == button.HotKey.WithAlt), $"{place}: \"{button.Text}\" answers {ScreenKey.NameOf(button.HotKey.WithAlt)} but the key table does not list it");
            }

            if (button.IsDefault)
            {
                Assert.True(table.Any(k => k.Key is { } bound && bound == Key.Enter), $"{place}: \"{button.Text}\" is the default button but the key table has no Enter row");
            }
        }

        string status = StatusBar(tui);
        foreach (string shown in status.Split("  ", StringSplitOptions.RemoveEmptyEntries))
        {
            string name = shown.Split(' ')[0];
            Assert.True(ShellKeyNames.Contains(name) || table.Any(k => k.Name == name), $"{place}: the status bar shows {name}, which this place's key table does not have ({status})");
        }

        Assert.Contains("F1 Help", status, StringComparison.Ordinal);
        Assert.Contains("Ctrl-Q Quit", status, StringComparison.Ordinal);

        if (!tui.Shell.HasOverlay)
        {
            tui.Press(Key.F1);
            foreach (ScreenKey row in table)
            {
                tui.Shows(row.Name).Shows(row.Description);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void EveryKeyInTheTableDoesWhatItsRowSays(string place)
    {
        List<string> rows;
        using (Scenario first = NewScenario(place))
        using (Tui tui = Reach[place](first.Start()))
        {
            rows = [.. tui.Shell.ActiveKeys.Where(k => k.Key is not null && k.Act is not null).Select(k => k.Name + " " + k.Description)];
        }

        foreach (string wanted in rows)
        {
            using Scenario scenario = NewScenario(place);
            using Tui tui = Reach[place](scenario.Start());
            ScreenKey row = tui.Shell.ActiveKeys.First(k => k.Name + " " + k.Description == wanted);
            string before = Fingerprint(tui, scenario);
            ScreenKey? ranBefore = tui.Shell.LastKeyRun;
            tui.Press(row.Key!).Settle();
            ScreenKey? ran = ReferenceEquals(ranBefore, tui.Shell.LastKeyRun) ? null : tui.Shell.LastKeyRun;

            Assert.True(before != Fingerprint(tui, scenario), $"{place}: {wanted} changed nothing");
            bool framework = row.Key! == Key.Enter && ran is null;
            // Enter on a focused list or button is Terminal.Gui's (it presses what has focus); any other key runs its row.
            Assert.True(framework || ran?.Name + " " + ran?.Description == wanted, $"{place}: {wanted} ran {ran?.Name ?? "no row"}");
        }
    }
}
