using StorjTui.Core.Bundles;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;
using StorjTui.Tui.Shell;
using StorjTui.Tui.Terminal;
using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>
/// Download all says where it saved (the full path of every file, a merge's real files and their backups), creates a
/// missing folder 0700, remembers the last folder and format for the session, and includes a passphrase generated in
/// this flow; the generated-passphrase screen's Download asks where too.
/// </summary>
public sealed class DownloadAllTests
{
    /// <summary>The merge files with no tool variable set, for a user whose home is /home/ops.</summary>
    private static readonly Func<ConfigMergeTarget, IReadOnlyList<string>> DefaultMergeFiles = DownloadDialogs.MergeFiles("/home/ops", _ => null, "/home/ops");

    private const string Base = "Storj-S3-Credentials-my-access-2026-03-04T05_06_07.000Z";

    /// <summary>Creates S3 credentials (current passphrase, or a generated one) and stops on the result screen.</summary>
    private static Tui Created(Scenario scenario, bool generate = false, int width = 200, int height = 40, string name = "my-access")
    {
        Tui tui = scenario.Start(width: width, height: height);
        tui.ToEncryption(name);
        if (generate)
        {
            tui.Pick(2).Press(Key.Enter).Settle().Shows("I saved my encryption passphrase.").Press(Key.S.WithAlt);
        }

        tui.Press(Key.Enter).Settle().Shows("Confirm details").Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        return tui;
    }

    /// <summary>Opens Download all and picks the choice <paramref name="which"/> finds.</summary>
    private static Tui ChooseFormat(Tui tui, Predicate<DownloadChoice> which)
    {
        var choices = DownloadOverlay.ChoicesFor(CredentialBundle.From(tui.Navigation.LastCreated!), DefaultMergeFiles).ToList();
        int index = choices.FindIndex(which);
        Assert.True(index >= 0);
        tui.Press(Key.D.WithAlt).Shows("Download all").Press(Key.Tab).Press(Key.Home).Press(Key.CursorDown, index).Press(Key.Space);
        return tui;
    }

    [Fact]
    public void SavingShowsTheFullPathOfBothAwsFiles()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario);

        ChooseFormat(tui, c => c.Format == BundleFormat.Aws).Press(Key.S.WithAlt);

        tui.Shows(Path.Join(scenario.Work, Base + ".aws-credentials")).Shows(Path.Join(scenario.Work, Base + ".aws-config"));
        Assert.True(File.Exists(Path.Join(scenario.Work, Base + ".aws-config")));
    }

    [Fact]
    public void AMergeNamesTheRealFilesItChangedAndTheirBackups()
    {
        using var scenario = new Scenario();
        string aws = Directory.CreateDirectory(Path.Join(scenario.Home, ".aws")).FullName;
        File.WriteAllText(Path.Join(aws, "credentials"), "[other]\naws_access_key_id = x\n");
        using Tui tui = Created(scenario);

        ChooseFormat(tui, c => c.Merge == DownloadMerge.AwsConfig).Press(Key.S.WithAlt);

        tui.Shows(Path.Join(aws, "credentials")).Shows(Path.Join(aws, "config"));
        string backup = Assert.Single(Directory.GetFiles(aws, "credentials.bak-*"));
        tui.Shows(backup);
    }

    /// <summary>rclone reads the file RCLONE_CONFIG names: the merge writes that one, 0600, names it, and leaves ~/.config alone.</summary>
    [Fact]
    public void AMergeWritesTheFileTheToolsVariableNames()
    {
        using var scenario = new Scenario();
        string conf = Path.Join(scenario.Folder, "team", "rclone.conf");
        scenario.Variables["RCLONE_CONFIG"] = conf;
        using Tui tui = Created(scenario);

        ChooseFormat(tui, c => c.Merge == DownloadMerge.RcloneConfig).Press(Key.S.WithAlt);

        tui.Shows(conf).Shows("Merged 1 file");
        Assert.Contains("[my-access]", File.ReadAllText(conf), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(conf));
        Assert.False(Directory.Exists(Path.Join(scenario.Home, ".config")), "the merge wrote ~/.config, which rclone does not read here");
    }

    /// <summary>The merge choices name the files the merge will write: the ones the variables point at, ~ for home.</summary>
    [Fact]
    public void TheMergeChoicesNameTheFilesTheVariablesPointAt()
    {
        using var scenario = new Scenario();
        string credentials = Path.Join(scenario.Folder, "c");
        scenario.Variables["AWS_SHARED_CREDENTIALS_FILE"] = credentials;
        scenario.Variables["RCLONE_CONFIG"] = Path.Join(scenario.Home, "team.conf");
        using Tui tui = Created(scenario);

        tui.Press(Key.D.WithAlt).Shows("Download all");

        tui.Shows(credentials + " and ~/.aws/config").Shows("Merge into ~/team.conf");
        Assert.DoesNotContain("~/.aws/credentials", tui.Screen, StringComparison.Ordinal);
        Assert.DoesNotContain("rclone/rclone.conf", tui.Screen, StringComparison.Ordinal);
    }

    /// <summary>
    /// Long files from the variables are cut from the left so each merge choice stays whole on its line in the
    /// narrowest pop-up (80x24, ASCII marks): the aws one ran past the edge and showed ".../aws/config" for
    /// "config-file-for-cli".
    /// </summary>
    [Fact]
    public void LongMergeFilesKeepTheirEndsOnScreenAt80x24InAscii()
    {
        using var scenario = new Scenario();
        scenario.Variables["AWS_SHARED_CREDENTIALS_FILE"] = "/srv/team-configuration/cloud-credentials/aws/credentials-file";
        scenario.Variables["AWS_CONFIG_FILE"] = "/srv/team-configuration/cloud-credentials/aws/config-file-for-cli";
        scenario.Variables["RCLONE_CONFIG"] = "/srv/team-configuration/cloud-credentials/rclone/rclone-configuration.conf";
        using var tui = new Tui(scenario.Environment, look: new TerminalLook(NoColor: true, AsciiOnly: true));
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("S3 Credentials created");

        tui.Press(Key.D.WithAlt).Shows("Download all");

        tui.Shows("/credentials-file and …").Shows("/config-file-for-cli").Shows("/rclone-configuration.conf");
    }

    /// <summary>Saving into a git checkout asks first; the cautious answer (the default) saves nothing and goes back.</summary>
    [Fact]
    public void SavingIntoAGitCheckoutAsksFirstAndEnterChoosesAnotherFolder()
    {
        using var scenario = new Scenario();
        Directory.CreateDirectory(Path.Join(scenario.Work, ".git"));
        using Tui tui = Created(scenario);

        tui.Press(Key.D.WithAlt).Shows("Download all").Press(Key.S.WithAlt).Shows("inside the git checkout").Shows(scenario.Work + " is inside");
        tui.Press(Key.Enter);

        Assert.Equal("Download all", tui.Shell.OverlayTitle);
        Assert.Empty(Directory.GetFiles(scenario.Work));
    }

    [Fact]
    public void SaveThereWritesIntoTheCheckoutAndIsNotAskedAgainThisSession()
    {
        using var scenario = new Scenario();
        Directory.CreateDirectory(Path.Join(scenario.Work, ".git"));
        using Tui tui = Created(scenario);

        tui.Press(Key.D.WithAlt).Shows("Download all").Press(Key.S.WithAlt).Shows("git checkout").Press(Key.S.WithAlt);
        tui.Shows(Path.Join(scenario.Work, Base + ".txt"));

        ChooseFormat(tui, c => c.Format == BundleFormat.Json).Press(Key.S.WithAlt).DoesNotShow("git checkout");
        Assert.True(File.Exists(Path.Join(scenario.Work, Base + ".json")));
    }

    /// <summary>No home folder known: Download all still opens (it failed in the UI loop), and a merge says why it cannot.</summary>
    [Fact]
    public void WithoutAHomeFolderDownloadAllOpensAndAMergeSaysWhy()
    {
        using var scenario = new Scenario { Home = "" };
        using Tui tui = Created(scenario);

        ChooseFormat(tui, c => c.Merge == DownloadMerge.AwsConfig).Press(Key.S.WithAlt);

        tui.Shows("HOME is not set");
        Assert.Equal("Download all", tui.Shell.OverlayTitle);
    }

    [Fact]
    public void AMissingFolderIsCreatedPrivate()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario);
        string folder = Path.Join(scenario.Work, "new", "deeper");

        tui.Press(Key.D.WithAlt).Shows("Download all").Press(Key.End).Type("/new/deeper").Press(Key.S.WithAlt);

        tui.Shows(Path.Join(folder, Base + ".txt"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Join(scenario.Work, "new")));
    }

    [Fact]
    public void TheLastFolderAndFormatAreRememberedForTheSession()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario);
        ChooseFormat(tui, c => c.Format == BundleFormat.Rclone).Press(Key.Tab.WithShift).Press(Key.End).Type("/kept").Press(Key.S.WithAlt);
        Assert.True(File.Exists(Path.Join(scenario.Work, "kept", Base + ".rclone.conf")));

        // Done, and a second access: its Download all opens where the first one saved, in the same format.
        tui.Press(Key.O.WithAlt).Settle().Shows("Create S3 Credentials");
        tui.Press(Key.Enter).Settle().Type("second").Press(Key.Enter).Settle().Press(Key.Enter).Settle().Press(Key.Enter).Settle()
            .Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        tui.Press(Key.D.WithAlt).Shows("Download all").Shows(Path.Join(scenario.Work, "kept")).Shows("◉ rclone remote (.rclone.conf)");
    }

    /// <summary>The next run opens Download all where the last one saved (the state folder keeps the folder and format, 0600).</summary>
    [Fact]
    public void TheLastFolderAndFormatAreRememberedAcrossRuns()
    {
        using var scenario = new Scenario();
        using (Tui first = Created(scenario))
        {
            ChooseFormat(first, c => c.Format == BundleFormat.Env).Press(Key.Tab.WithShift).Press(Key.End).Type("/across").Press(Key.S.WithAlt);
            Assert.True(File.Exists(Path.Join(scenario.Work, "across", Base + ".env")));
        }

        using Tui second = Created(scenario, name: "again");
        second.Press(Key.D.WithAlt).Shows(Path.Join(scenario.Work, "across")).Shows("◉ dotenv (.env)");
        string memory = Path.Join(scenario.Folder, "state", "last-download");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(memory));
    }

    [Fact]
    public void DownloadAllIncludesTheGeneratedPassphrase()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario, generate: true);

        tui.Press(Key.D.WithAlt).Shows("Download all").Shows("Storj-passphrase-my-access-2026-03-04T05_06_07.000Z.txt").Press(Key.S.WithAlt);

        string file = Path.Join(scenario.Work, "Storj-passphrase-my-access-2026-03-04T05_06_07.000Z.txt");
        Assert.Equal(Scenario.GeneratedWords, File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        tui.Shows(file).Shows("Saved. The keys will not be shown again");
    }

    /// <summary>The passphrase's Download: a ~user folder is a problem shown in the pop-up (it was an unexpected error), a checkout asks.</summary>
    [Fact]
    public void ThePassphraseDownloadRefusesTildeUserAndAsksBeforeACheckout()
    {
        using var scenario = new Scenario();
        Directory.CreateDirectory(Path.Join(scenario.Work, ".git"));
        using Tui tui = scenario.Start(width: 200, height: 40);
        tui.ToEncryption().Pick(2).Press(Key.Enter).Settle().Shows("I saved my encryption passphrase.");

        tui.Press(Key.D.WithAlt).Shows("Download the passphrase").Press(Key.End).Press(Key.Backspace, scenario.Work.Length).Type("~nobody").Press(Key.S.WithAlt);
        tui.Shows("only ~ and ~/ are understood").DoesNotShow("Unexpected error");

        tui.Press(Key.Esc).Press(Key.D.WithAlt).Shows("Download the passphrase").Press(Key.S.WithAlt).Shows("inside the git checkout").Press(Key.S.WithAlt);
        Assert.Single(Directory.GetFiles(scenario.Work, "Storj-passphrase-my-access-*.txt"));
    }

    [Fact]
    public void ThePassphraseScreensDownloadAsksWhere()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start(width: 200, height: 40);
        tui.ToEncryption().Pick(2).Press(Key.Enter).Settle().Shows("I saved my encryption passphrase.");

        tui.Press(Key.D.WithAlt).Shows("Download the passphrase").Press(Key.End).Type("/words").Press(Key.S.WithAlt);

        string file = Assert.Single(Directory.GetFiles(Path.Join(scenario.Work, "words"), "Storj-passphrase-my-access-*.txt"));
        Assert.Equal(Scenario.GeneratedWords, File.ReadAllText(file));
        tui.Shows(file);
    }

    /// <summary>A name is data: its underscore is drawn, never taken as a hotkey mark (which hid it and underlined the next letter).</summary>
    [Fact]
    public void AnUnderscoreInANameIsDrawnAsText()
    {
        using var scenario = new Scenario();
        scenario.Connection.Projects[0] = scenario.Connection.Projects[0] with { Name = "demo_project" };
        using Tui tui = scenario.Start(width: 200, height: 40);
        tui.Press(Key.Enter).Settle().Shows("\"demo_project\"");
        tui.Type("project secret").Press(Key.Enter).Settle().Shows("Create S3 Credentials");
        tui.Press(Key.Enter).Settle().Type("T1233_25").Press(Key.Enter).Settle().Press(Key.Enter).Settle()
            .Press(Key.Enter).Settle().Shows("T1233_25").Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        tui.Press(Key.D.WithAlt).Shows("Storj-S3-Credentials-T1233_25-").Press(Key.S.WithAlt).Shows("T1233_25-2026-03-04T05_06_07.000Z.txt");
        tui.Press(Key.O.WithAlt).Settle().Shows("T1233_25");
        tui.Shell.Confirm("Abandon?", "Abandon \"T1233_25\"?", "Abandon", "Keep", _ => { });
        tui.Shows("\"T1233_25\"");
    }

    /// <summary>restic needs a bucket: an access to every bucket gets a Bucket field, and saving without one says so.</summary>
    [Fact]
    public void ResticForAnAllBucketsAccessAsksForTheBucket()
    {
        using var scenario = new Scenario();
        using Tui tui = Created(scenario);

        ChooseFormat(tui, c => c.Format == BundleFormat.Restic).Shows("Bucket").Press(Key.S.WithAlt);
        tui.Shows("Type the bucket for the restic repository");
        Assert.Empty(Directory.GetFiles(scenario.Work));

        tui.Press(Key.B.WithAlt).Type("photos").Press(Key.S.WithAlt);
        string file = Path.Join(scenario.Work, Base + ".restic.env");
        Assert.Contains("RESTIC_REPOSITORY='s3:https://gateway.example.test/photos/restic'", File.ReadAllText(file), StringComparison.Ordinal);
        tui.Shows(file);
    }
}
