using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Back/Esc keeping data, validation messages, delete, quit, and the other access types.</summary>
public sealed class NavigationTests
{
    [Fact]
    public void EscGoesBackAndKeepsWhatWasEntered()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions("keep-me").Press(Key.W.WithAlt).Press(Key.K.WithAlt);
        tui.Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Esc).Shows("☐ Write").Shows("◉ 1 week");
        tui.Press(Key.Esc).Shows("Create a new access").Shows("keep-me");
        tui.Press(Key.Enter).Settle().Shows("☐ Write");
        Assert.Equal("keep-me", tui.Navigation.Create!.Draft.Name);
    }

    /// <summary>
    /// Esc on Permissions keeps the draft itself — permissions, buckets, end date — not just what the screen
    /// still shows: checked on the draft, on the Confirm-details rows and in the request that is sent.
    /// </summary>
    [Fact]
    public void EscOnPermissionsKeepsTheDraftsPermissionsBucketsAndEndDate()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToPermissions("keep-me").Press(Key.W.WithAlt).Press(Key.K.WithAlt).Press(Key.P.WithAlt);
        tui.Press(Key.F.WithAlt).Type("photos").Press(Key.Tab).Press(Key.Space).Shows("Chosen     photos");

        tui.Press(Key.Esc).Shows("Create a new access");
        CreateAccessFlow flow = tui.Navigation.Create!;
        Assert.Equal(CreateAccessStep.TypeAndName, flow.Step);
        Assert.Equal(Permissions.Read | Permissions.List | Permissions.Delete, flow.Draft.Permissions);
        Assert.Equal(["photos"], flow.Draft.Buckets);
        Assert.Equal(new DateTimeOffset(2026, 6, 22, 23, 59, 59, TimeSpan.Zero), flow.Draft.EndDate.Value);

        tui.Press(Key.Enter).Settle().Shows("Permissions").Press(Key.Enter).Settle().Shows("Access encryption");
        tui.Press(Key.Enter).Settle().Shows("Confirm details");
        Assert.Equal(CreateAccessStep.ConfirmDetails, flow.Step);
        Assert.Equal(
            [
                new DetailRow("Name", "keep-me"),
                new DetailRow("Type", "S3 Credentials"),
                new DetailRow("Permissions", "Read, List, Delete"),
                new DetailRow("Buckets", "photos"),
                new DetailRow("End date", "2026-06-22 23:59:59 +00:00"),
            ],
            flow.ConfirmDetails);

        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        AccessRequest sent = scenario.Connection.LastRequest!;
        Assert.Equal(Permissions.Read | Permissions.List | Permissions.Delete, sent.Permissions);
        Assert.Equal(["photos"], sent.Buckets);
        Assert.Equal(new DateTimeOffset(2026, 6, 22, 23, 59, 59, TimeSpan.Zero), sent.NotAfter);
    }

    [Fact]
    public void EscOnTheFirstStepAsksBeforeDiscarding()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Type("typed");
        tui.Press(Key.Esc).Shows("Leave Create Access and discard what you entered?");
        tui.Press(Key.Esc).DoesNotShow("discard what you entered").Shows("typed");
        Assert.Equal(NavigationStep.CreateAccess, tui.Step);
        tui.Press(Key.Esc).Press(Key.Enter).Settle().Shows("Create S3 Credentials");
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
    }

    [Theory]
    [InlineData("", "Name is required")]
    [InlineData("backup-job", "This name is already in use")]
    public void NameValidationMessages(string name, string message)
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Type(name).Press(Key.Enter).Settle().Shows(message);
        Assert.Equal(CreateAccessStep.TypeAndName, tui.CreateStep);
    }

    [Fact]
    public void NameLongerThan100CharactersIsRefused()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.Enter).Settle().Type(new string('n', 101)).Press(Key.Enter).Settle();
        Assert.Equal(CreateAccessStep.TypeAndName, tui.CreateStep);
        tui.Shows("100");
    }

    [Fact]
    public void DeletingNeedsTheTypedNameAndSaysItRevokes()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Shows("ci-readonly").Shows("backup-job");
        tui.Press(Key.N.WithAlt).Press(Key.Delete);
        tui.Shows("Delete \"ci-readonly\"?").Shows("Deleting an access revokes it");
        tui.Type("ci-read").Press(Key.Enter).Settle().Shows("Type the access name exactly");
        Assert.Empty(scenario.Connection.Deleted);
        tui.Type("only").Press(Key.Enter).Settle().WaitFor("it is revoked");
        Assert.Equal(["ci-readonly"], scenario.Connection.Deleted);
        tui.DoesNotShow("ci-readonly  ").Shows("backup-job");
    }

    [Fact]
    public void AccessListIsSearchableAndSortable()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.H.WithAlt).Type("back").Shows("backup-job").DoesNotShow("ci-readonly");
        tui.Press(Key.Backspace, 4).Press(Key.O.WithCtrl, 2);
        Assert.Equal(["backup-job", "ci-readonly"], ((StorjTui.Tui.Screens.AccessPageScreen)tui.Shell.Current!).ShownNames);
        tui.Shows("Sorted: name A-Z");
    }

    [Fact]
    public void AccessGrantTypeEndsOnItsOwnResultScreen()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.G.WithAlt).Settle().Shows("◉ Access Grant");
        tui.Type("grant-1").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle();
        tui.Shows("Access Grant").Press(Key.Enter).Settle().WaitFor("Access Grant created");
        tui.Shows("Save the access grant as it will only appear once.").DoesNotShow("1ExampleGrant");
        Assert.Equal(AccessType.AccessGrant, scenario.Connection.LastRequest!.Type);
        tui.Press(Key.S.WithAlt).Shows("1ExampleGrant");
    }

    [Fact]
    public void ApiKeyTypeSkipsEncryptionAndShowsKeyAndSatellite()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToAccessPage().Press(Key.A.WithAlt).Settle().Shows("◉ API Key");
        tui.Type("key-1").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Shows("Confirm details").Shows("API Key");
        tui.Press(Key.Enter).Settle().WaitFor("API Key created").Shows("sat@127.0.0.1:7777").DoesNotShow("1ExampleApiKey");
        Assert.Equal(AccessType.ApiKey, scenario.Connection.LastRequest!.Type);
        tui.Press(Key.A.WithAlt).Shows("API Key, Satellite sent to your terminal's clipboard.");
    }

    [Fact]
    public void ClosingUnsavedKeysAsksFirstAndCtrlQAsksToo()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        tui.Press(Key.O.WithAlt).Shows("You have not copied or downloaded them.");
        tui.Press(Key.Esc).Shows("S3 Credentials created");
        tui.Press(Key.Q.WithCtrl).Shows("Quit?").Shows("Quit without");
        tui.Press(Key.Esc);
        Assert.Equal(NavigationStep.Result, tui.Step);
        tui.Press(Key.Esc).Press(Key.C.WithAlt).Settle().Shows("Create S3 Credentials");
        Assert.Equal(NavigationStep.AccessPage, tui.Step);
    }

    [Fact]
    public void CopySendsOsc52AndNeverEchoesTheSecret()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        tui.Press(Key.Tab.WithShift, 4).Press(Key.Enter).Shows("Secret Key sent to your terminal's clipboard.").DoesNotShow("jexamplesecretkey");
        Assert.Equal(1, scenario.Clipboard.Sent);
        Assert.Equal("\u001b]52;c;" + Convert.ToBase64String("abc"u8.ToArray()) + "\u0007", StorjTui.Tui.Terminal.TerminalClipboard.Sequence("abc"));
    }

    [Fact]
    public void CreationFailureShowsTheMessageAndRetryWorks()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        scenario.Connection.FailCreateWith = "The auth service rejected the grant: disallowed satellite.";
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("could not be created");
        tui.Shows("disallowed satellite");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
    }

    [Fact]
    public void ALongFailureMessageIsShownWholeAboveRetry()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        // A satellite's error text can run to several lines at 80 columns; Retry must not be drawn over it.
        scenario.Connection.FailCreateWith = "The satellite console failed (HTTP 500): " + string.Join(' ', Enumerable.Repeat("validation", 40)) + " LAST.";
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("could not be created");

        tui.Shows("LAST.");
        string retryLine = tui.Screen.Split('\n').Single(line => line.Contains("Retry ◄", StringComparison.Ordinal));
        Assert.Equal("⟦► Retry ◄⟧", retryLine.Trim('│', ' ', '\r'));
    }

    [Fact]
    public void ConnectRemembersTheLastChoiceButNoSecret()
    {
        using var scenario = new Scenario();
        // The fake stands in for the grant connection: that it cannot use a new passphrase is what makes it one.
        scenario.Connection.CanUseNewPassphrase = false;
        using (Tui first = scenario.Start())
        {
            first.Press(Key.CursorDown, 5).Press(Key.Space).Shows("Access grant");
            first.Press(Key.Tab).Type("1SecretGrantText").Press(Key.Enter).Settle();
            Assert.Equal(NavigationStep.AccessPage, first.Step);
        }

        string saved = File.ReadAllText(Path.Join(scenario.Folder, "state", "last-connect"));
        Assert.StartsWith("ExistingAccessGrant", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("1SecretGrantText", saved, StringComparison.Ordinal);
        using Tui second = scenario.Start();
        second.Shows("◉ Existing access grant");
    }
}
