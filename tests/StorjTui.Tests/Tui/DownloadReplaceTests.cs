using Terminal.Gui.Input;

namespace StorjTui.Tests.Tui;

/// <summary>Download all into a folder that already holds the file: the "Replace?" prompt, and what each answer does to the file.</summary>
public sealed class DownloadReplaceTests
{
    private const string FileName = "Storj-S3-Credentials-my-access-2026-03-04T05_06_07.000Z.txt";
    private const string Bundle =
        "Access Key:\njwexampleaccesskeyid0000000a\n\nSecret Key:\njexamplesecretkey00000000000000000000000000000000000b\n\nEndpoint:\nhttps://gateway.example.test";

    private static readonly byte[] Earlier = "Access Key:\nan-earlier-key-someone-still-needs\n"u8.ToArray();

    private static (Scenario Scenario, Tui Tui, string File) CreateWithTheFileAlreadyThere()
    {
        var scenario = new Scenario();
        Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        string file = Path.Join(scenario.Work, FileName);
        File.WriteAllBytes(file, Earlier);
        tui.Press(Key.Enter).Shows("Download all").Press(Key.S.WithAlt).Shows("Replace?").Shows("already");
        return (scenario, tui, file);
    }

    /// <summary>Keep is the default: Enter (and Esc) leave the file as it was.</summary>
    [Fact]
    public void KeepLeavesTheExistingFileByteIdentical()
    {
        (Scenario scenario, Tui tui, string file) = CreateWithTheFileAlreadyThere();
        using (scenario)
        using (tui)
        {
            tui.Press(Key.Enter).DoesNotShow("Replace?").DoesNotShow("Saved (private, 0600)");
            Assert.Equal(Earlier, File.ReadAllBytes(file));

            // Esc answers the same.
            tui.Press(Key.Enter).Shows("Download all").Press(Key.S.WithAlt).Shows("Replace?").Press(Key.Esc).DoesNotShow("Replace?");
            Assert.Equal(Earlier, File.ReadAllBytes(file));
            Assert.Single(Directory.GetFiles(scenario.Work));
            tui.Press(Key.O.WithAlt).Shows("Close without saving?");
        }
    }

    [Fact]
    public void ReplaceWritesTheNewKeysOverTheFile()
    {
        (Scenario scenario, Tui tui, string file) = CreateWithTheFileAlreadyThere();
        using (scenario)
        using (tui)
        {
            tui.Press(Key.R.WithAlt).DoesNotShow("Replace?").Shows("Saved (private, 0600)");
            Assert.Equal(Bundle, File.ReadAllText(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    /// <summary>Keep after an earlier save: the notice says nothing new was saved, not the earlier "Saved".</summary>
    [Fact]
    public void KeepAfterAnEarlierSaveDoesNotLeaveItsSavedNotice()
    {
        using var scenario = new Scenario();
        using Tui tui = scenario.Start();
        tui.ToEncryption().Press(Key.Enter).Settle().Press(Key.Enter).Settle().WaitFor("S3 Credentials created");
        tui.Press(Key.Enter).Shows("Download all").Press(Key.S.WithAlt).Shows("Saved (private, 0600)");

        tui.Press(Key.D.WithAlt).Shows("Download all").Press(Key.S.WithAlt).Shows("Replace?").Press(Key.Enter).DoesNotShow("Replace?");

        Assert.DoesNotContain("Saved", tui.Shell.Notice, StringComparison.Ordinal);
        Assert.Contains("Kept", tui.Shell.Notice, StringComparison.Ordinal);
    }
}
