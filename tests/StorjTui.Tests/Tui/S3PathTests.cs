using System.Globalization;
using System.Text.RegularExpressions;
using StorjTui.Core.Access;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>The whole Create S3 Credentials path, once per Access encryption choice.</summary>
public sealed class S3PathTests
{
    [Fact]
    public void UseCurrentPassphraseCreatesKeysAndDownloadsTheConsoleFile()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption("my-access")
            .Shows("Data uploaded with these credentials can only be seen in the Storj console")
            .Shows("Use the current passphrase");
        tui.Press(Key.Enter).Settle()
            .Shows("Confirm details").Shows("my-access").Shows("S3 Credentials").Shows("Read, Write, List, Delete")
            .Shows("All buckets").Shows("No expiration date");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created")
            .Shows("Save the access keys as they will only appear once.")
            .Shows("jwexampleaccesskeyid0000000a")
            .Shows("https://gateway.example.test")
            .DoesNotShow("jexamplesecretkey");

        AccessRequest request = scenario.Connection.LastRequest!;
        Assert.Equal(AccessType.S3Credentials, request.Type);
        Assert.Equal(PassphraseChoice.UseCurrent, request.PassphraseChoice);
        Assert.Null(scenario.Connection.LastPassphrase);
        Assert.Equal("project secret", System.Text.Encoding.UTF8.GetString(scenario.Connection.OpenedWith!));

        // Download all: Enter on the default button opens the save dialog prefilled with the current folder.
        tui.Press(Key.Enter).Shows("Download all").Shows("Storj-S3-Credentials-my-access-2026-03-04T05_06_07.000Z.txt");
        tui.Press(Key.S.WithAlt).Shows("Saved (private, 0600)");
        string file = Path.Join(scenario.Work, "Storj-S3-Credentials-my-access-2026-03-04T05_06_07.000Z.txt");
        Assert.Equal(
            "Access Key:\njwexampleaccesskeyid0000000a\n\nSecret Key:\njexamplesecretkey00000000000000000000000000000000000b\n\nEndpoint:\nhttps://gateway.example.test",
            File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        tui.Shows("Saved. The keys will not be shown again");

        // Done returns to the access page without asking, since the keys were saved.
        tui.Press(Key.O.WithAlt).Settle().Shows("Create S3 Credentials").Shows("my-access");
    }

    [Fact]
    public void ThePendingRecordStaysUntilTheKeysAreDownloaded()
    {
        // Issue 12: a session dropped while the keys are on screen must leave the creation resumable.
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption("my-access");
        tui.Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        Assert.Empty(scenario.Connection.Completed);

        tui.Press(Key.Enter).Shows("Download all");
        Assert.Empty(scenario.Connection.Completed);
        tui.Press(Key.S.WithAlt).Shows("Saved (private, 0600)");

        Assert.Equal(["my-access"], scenario.Connection.Completed);
    }

    [Fact]
    public void ClosingWithoutSavingCompletesTheCreationOnlyOnceTheWarningIsAccepted()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption("my-access");
        tui.Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");

        tui.Press(Key.Esc).Shows("You have not copied or downloaded them.");
        tui.Press(Key.Esc).Shows("S3 Credentials created"); // Stay
        Assert.Empty(scenario.Connection.Completed);
        tui.Press(Key.Esc).Press(Key.C.WithAlt).Settle().Shows("Create S3 Credentials"); // Close anyway (Alt-C; Enter is Stay)

        Assert.Equal(["my-access"], scenario.Connection.Completed);
    }

    [Fact]
    public void EnterNewPassphraseNeedsAMatchingConfirmation()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Pick(1).Press(Key.Enter).Settle().Shows("Enter a new encryption passphrase");
        tui.Type("correct horse battery").Press(Key.Tab).Type("correct horse battery!").Press(Key.Enter).Settle();
        Assert.Equal(StorjTui.Core.Flow.CreateAccessStep.EnterPassphrase, tui.CreateStep);
        tui.DoesNotShow("correct horse");
        tui.Press(Key.Backspace).Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        Assert.Equal(PassphraseChoice.EnterNew, scenario.Connection.LastRequest!.PassphraseChoice);
        Assert.Equal("correct horse battery", scenario.Connection.LastPassphrase);
    }

    [Fact]
    public void GeneratedPassphraseIsShownNumberedAndTheSavedBoxGatesNext()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Pick(2).Press(Key.Enter).Settle()
            .Shows(" 1. abandon").Shows("12. accident").Shows("I saved my encryption passphrase.");
        tui.Press(Key.Enter).Settle().Shows("Tick");
        Assert.Equal(StorjTui.Core.Flow.CreateAccessStep.ShowGeneratedPassphrase, tui.CreateStep);

        tui.Press(Key.P.WithAlt).Shows("The 12-word passphrase sent to your terminal's clipboard.");
        tui.Press(Key.D.WithAlt).Shows("Download the passphrase").Press(Key.S.WithAlt).Shows("Passphrase saved (private, 0600)");
        string saved = Assert.Single(Directory.GetFiles(scenario.Work, "Storj-passphrase-my-access-*.txt"));
        Assert.Equal(Scenario.GeneratedWords, File.ReadAllText(saved));

        tui.Press(Key.S.WithAlt).Press(Key.Enter).Settle().Shows("Confirm details");
        tui.Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        Assert.Equal(PassphraseChoice.GenerateNew, scenario.Connection.LastRequest!.PassphraseChoice);
        Assert.Equal(Scenario.GeneratedWords, scenario.Connection.LastPassphrase);
    }

    /// <summary>
    /// The words on screen are exactly the words the key is derived from — same letters, same case, same order —
    /// so a person who writes down the screen can type the passphrase back (passphrases are case-sensitive).
    /// </summary>
    [Fact]
    public void GeneratedPassphraseIsShownExactlyAsItMustBeTyped()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Pick(2).Press(Key.Enter).Settle().Shows("I saved my encryption passphrase.");
        MatchCollection shown = Regex.Matches(tui.Screen, @"(?<n>\d{1,2})\. (?<word>\S+)");
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString(CultureInfo.InvariantCulture)), shown.Select(m => m.Groups["n"].Value));
        string onScreen = string.Join(' ', shown.Select(m => m.Groups["word"].Value));

        tui.Press(Key.S.WithAlt).Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        Assert.Equal(scenario.Connection.LastPassphrase, onScreen);
        Assert.Equal(Scenario.GeneratedWords, onScreen);
    }

    /// <summary>The 12 generated words typed in capitals give another key: "Enter a new passphrase" says so as they are typed.</summary>
    [Fact]
    public void EnterNewPassphraseWarnsOfGeneratedWordsInCapitals()
    {
        using var scenario = new Scenario { PassphraseCheck = new StorjTui.Core.Flow.ValidatorPassphraseCheck() };
        using Tui tui = scenario.Start();
        tui.ToEncryption().Pick(1).Press(Key.Enter).Settle().Shows("Enter a new encryption passphrase");
        tui.Type(Scenario.GeneratedWords.ToUpperInvariant());
        tui.Shows("note: Capitals change the key: generated passphrases are all lowercase.").DoesNotShow("ABANDON");

        tui.Press(Key.Backspace, Scenario.GeneratedWords.Length).Type(Scenario.GeneratedWords);
        tui.DoesNotShow("Capitals change the key");
    }

    [Fact]
    public void SkippedProjectPassphraseOffersOnlyTheAdvancedChoices()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption(projectPassphrase: null)
            .DoesNotShow("◉ Use the current passphrase").DoesNotShow("○ Use the current passphrase")
            .Shows("The project passphrase was skipped");
        Assert.Null(scenario.Connection.OpenedWith);
    }
}
